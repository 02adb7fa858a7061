from __future__ import annotations
from uuid import UUID
from typing import Annotated
from pydantic import Field
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


class CreateStatusPageRequestDataAttributesComponentsItemComponentsItem(OpenApiModel):
    id: Annotated[UUID | None, Field(description="The ID of the grouped component.")] = None
    name: Annotated[str | None, Field(description="The name of the grouped component.")] = None
    position: Annotated[
        int | None,
        Field(
            description="The zero-indexed position of the grouped component. Relative to the other components in the group."
        ),
    ] = None
    status: (
        create_status_page_request_data_attributes_components_item_components_item_status.CreateStatusPageRequestDataAttributesComponentsItemComponentsItemStatus
        | None
    ) = None
    type: (
        create_status_page_request_data_attributes_components_item_components_item_type.CreateStatusPageRequestDataAttributesComponentsItemComponentsItemType
        | None
    ) = None
