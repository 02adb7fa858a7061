from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import change_event_custom_attributes_changed_resource_type

_REFERENCES = {
    "change_event_custom_attributes_changed_resource_type": "change_event_custom_attributes_changed_resource_type"
}


class GetEventResponseDataAttributesAttributesOption1ChangedResource(OpenApiModel):
    name: Annotated[str | None, Field(description="The name of the changed resource.")] = None
    type: change_event_custom_attributes_changed_resource_type.ChangeEventCustomAttributesChangedResourceType | None = (
        None
    )
