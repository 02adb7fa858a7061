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


class ChangeEventCustomAttributesChangedResource(OpenApiModel):
    name: Annotated[
        str,
        Field(
            description="The name of the resource that was changed. Limited to 128 characters. Must contain at least one non-whitespace character."
        ),
    ]
    type: change_event_custom_attributes_changed_resource_type.ChangeEventCustomAttributesChangedResourceType
