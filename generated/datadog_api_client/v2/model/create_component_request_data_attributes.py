from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_component_request_data_attributes_components_item,
        create_status_page_request_data_attributes_components_item_type,
    )

_REFERENCES = {
    "create_component_request_data_attributes_components_item": "create_component_request_data_attributes_components_item",
    "create_status_page_request_data_attributes_components_item_type": "create_status_page_request_data_attributes_components_item_type",
}


class CreateComponentRequestDataAttributes(OpenApiModel):
    components: Annotated[
        list[
            create_component_request_data_attributes_components_item.CreateComponentRequestDataAttributesComponentsItem
        ]
        | None,
        Field(description="If creating a component of type `group`, the components to create within the group."),
    ] = None
    name: Annotated[str, Field(description="The name of the component.")]
    position: Annotated[int, Field(description="The zero-indexed position of the component.")]
    type: (
        create_status_page_request_data_attributes_components_item_type.CreateStatusPageRequestDataAttributesComponentsItemType
    )
