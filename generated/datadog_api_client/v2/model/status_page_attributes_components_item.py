from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from uuid import UUID
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_status_page_request_data_attributes_components_item_components_item_status,
        create_status_page_request_data_attributes_components_item_type,
        status_page_attributes_components_item_components_item,
    )

_REFERENCES = {
    "create_status_page_request_data_attributes_components_item_components_item_status": "create_status_page_request_data_attributes_components_item_components_item_status",
    "create_status_page_request_data_attributes_components_item_type": "create_status_page_request_data_attributes_components_item_type",
    "status_page_attributes_components_item_components_item": "status_page_attributes_components_item_components_item",
}


class StatusPageAttributesComponentsItem(OpenApiModel):
    components: Annotated[
        list[status_page_attributes_components_item_components_item.StatusPageAttributesComponentsItemComponentsItem]
        | None,
        Field(description="If the component is of type `group`, the components within the group."),
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
