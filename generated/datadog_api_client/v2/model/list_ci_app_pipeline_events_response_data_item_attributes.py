from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated, Any
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_ci_app_pipeline_events_response_data_item_attributes_ci_level


class ListCIAppPipelineEventsResponseDataItemAttributes(OpenApiModel):
    attributes: Annotated[
        dict[str, Any] | None, Field(description="JSON object of attributes from CI Visibility pipeline events.")
    ] = None
    ci_level: (
        list_ci_app_pipeline_events_response_data_item_attributes_ci_level.ListCIAppPipelineEventsResponseDataItemAttributesCiLevel
        | None
    ) = None
    tags: Annotated[list[str] | None, Field(description="Array of tags associated with your event.")] = None
