from __future__ import annotations
from typing import Annotated
from pydantic import Field
from uuid import UUID
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_status_page_request_data_attributes_components_item_components_item,
        create_status_page_request_data_attributes_components_item_components_item_status,
        create_status_page_request_data_attributes_components_item_type,
    )

_REFERENCES = {
    "create_status_page_request_data_attributes_components_item_components_item": "create_status_page_request_data_attributes_components_item_components_item",
    "create_status_page_request_data_attributes_components_item_components_item_status": "create_status_page_request_data_attributes_components_item_components_item_status",
    "create_status_page_request_data_attributes_components_item_type": "create_status_page_request_data_attributes_components_item_type",
}


class CreateStatusPageRequestDataAttributesComponentsItem(OpenApiModel):
    components: Annotated[
        list[
            create_status_page_request_data_attributes_components_item_components_item.CreateStatusPageRequestDataAttributesComponentsItemComponentsItem
        ]
        | None,
        Field(description="If creating a component of type `group`, the components to create within the group."),
    ] = None
    id: Annotated[UUID | None, Field(description="The ID of the component.")] = None
    name: Annotated[str | None, Field(description="The name of the component.")] = None
    position: Annotated[int | None, Field(description="The zero-indexed position of the component.")] = None
    status: (
        create_status_page_request_data_attributes_components_item_components_item_status.CreateStatusPageRequestDataAttributesComponentsItemComponentsItemStatus
        | None
    ) = None
    type: (
        create_status_page_request_data_attributes_components_item_type.CreateStatusPageRequestDataAttributesComponentsItemType
        | None
    ) = None
