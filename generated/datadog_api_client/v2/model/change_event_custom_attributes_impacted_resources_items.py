from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import change_event_custom_attributes_impacted_resources_items_type

_REFERENCES = {
    "change_event_custom_attributes_impacted_resources_items_type": "change_event_custom_attributes_impacted_resources_items_type"
}


class ChangeEventCustomAttributesImpactedResourcesItems(OpenApiModel):
    name: Annotated[str, Field(description="The name of the impacted resource. Limited to 128 characters.")]
    type: (
        change_event_custom_attributes_impacted_resources_items_type.ChangeEventCustomAttributesImpactedResourcesItemsType
    )
