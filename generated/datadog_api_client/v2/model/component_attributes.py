from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datetime import datetime
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


class ComponentAttributes(OpenApiModel):
    components: Annotated[
        list[
            create_status_page_request_data_attributes_components_item_components_item.CreateStatusPageRequestDataAttributesComponentsItemComponentsItem
        ]
        | None,
        Field(description="If the component is of type `group`, the components within the group."),
    ] = None
    created_at: Annotated[datetime | None, Field(description="Timestamp of when the component was created.")] = None
    modified_at: Annotated[datetime | None, Field(description="Timestamp of when the component was last modified.")] = (
        None
    )
    name: Annotated[str | None, Field(description="The name of the component.")] = None
    position: Annotated[int | None, Field(description="The zero-indexed position of the component.")] = None
    status: (
        create_status_page_request_data_attributes_components_item_components_item_status.CreateStatusPageRequestDataAttributesComponentsItemComponentsItemStatus
        | None
    ) = None
    type: (
        create_status_page_request_data_attributes_components_item_type.CreateStatusPageRequestDataAttributesComponentsItemType
    )
