from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        change_event_custom_attributes_author,
        change_event_custom_attributes_changed_resource,
        change_event_custom_attributes_impacted_resources_items,
    )

_REFERENCES = {
    "change_event_custom_attributes_author": "change_event_custom_attributes_author",
    "change_event_custom_attributes_changed_resource": "change_event_custom_attributes_changed_resource",
    "change_event_custom_attributes_impacted_resources_items": "change_event_custom_attributes_impacted_resources_items",
}


class ChangeEventCustomAttributes(OpenApiModel):
    author: change_event_custom_attributes_author.ChangeEventCustomAttributesAuthor | None = None
    change_metadata: Annotated[
        dict[str, Any] | None,
        Field(
            description="Free form JSON object with information related to the `change` event. Supports up to 100 properties per object and a maximum nesting depth of 10 levels."
        ),
    ] = None
    changed_resource: change_event_custom_attributes_changed_resource.ChangeEventCustomAttributesChangedResource
    impacted_resources: Annotated[
        list[change_event_custom_attributes_impacted_resources_items.ChangeEventCustomAttributesImpactedResourcesItems]
        | None,
        Field(
            description="A list of resources impacted by this change. It is recommended to provide an impacted resource to display the change event at the correct location. Only resources of type `service` are supported. Maximum of 100 impacted resources allowed."
        ),
    ] = None
    new_value: Annotated[
        dict[str, Any] | None,
        Field(description="Free form JSON object representing the new state of the changed resource."),
    ] = None
    prev_value: Annotated[
        dict[str, Any] | None,
        Field(description="Free form JSON object representing the previous state of the changed resource."),
    ] = None
