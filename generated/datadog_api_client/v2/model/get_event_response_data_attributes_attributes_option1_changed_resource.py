from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_event_response_data_attributes_attributes_option1_changed_resource_type

_REFERENCES = {
    "get_event_response_data_attributes_attributes_option1_changed_resource_type": "get_event_response_data_attributes_attributes_option1_changed_resource_type"
}


class GetEventResponseDataAttributesAttributesOption1ChangedResource(OpenApiModel):
    name: Annotated[str | None, Field(description="The name of the changed resource.")] = None
    type: (
        get_event_response_data_attributes_attributes_option1_changed_resource_type.GetEventResponseDataAttributesAttributesOption1ChangedResourceType
        | None
    ) = None
