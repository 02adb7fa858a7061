from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    aggregate_ci_app_pipeline_events_response_links,
    list_ci_app_pipeline_events_response_data_item,
    list_ci_app_pipeline_events_response_meta,
)


class ListCIAppPipelineEventsResponse(OpenApiModel):
    data: Annotated[
        list[list_ci_app_pipeline_events_response_data_item.ListCIAppPipelineEventsResponseDataItem] | None,
        Field(description="Array of events matching the request."),
    ] = None
    links: aggregate_ci_app_pipeline_events_response_links.AggregateCIAppPipelineEventsResponseLinks | None = None
    meta: list_ci_app_pipeline_events_response_meta.ListCIAppPipelineEventsResponseMeta | None = None
