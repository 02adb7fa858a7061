from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from uuid import UUID
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_status_page_request_data_attributes_components_item_components_item_status,
        create_status_page_request_data_attributes_components_item_components_item_type,
    )

_REFERENCES = {
    "create_status_page_request_data_attributes_components_item_components_item_status": "create_status_page_request_data_attributes_components_item_components_item_status",
    "create_status_page_request_data_attributes_components_item_components_item_type": "create_status_page_request_data_attributes_components_item_components_item_type",
}


class ComponentAttributesComponentsItem(OpenApiModel):
    id: UUID | None = None
    name: str | None = None
    position: int | None = None
    status: (
        create_status_page_request_data_attributes_components_item_components_item_status.CreateStatusPageRequestDataAttributesComponentsItemComponentsItemStatus
        | None
    ) = None
    type: (
        create_status_page_request_data_attributes_components_item_components_item_type.CreateStatusPageRequestDataAttributesComponentsItemComponentsItemType
        | None
    ) = None
