from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_status_page_request_data_attributes_components_item_components_item_type

_REFERENCES = {
    "create_status_page_request_data_attributes_components_item_components_item_type": "create_status_page_request_data_attributes_components_item_components_item_type"
}


class CreateComponentRequestDataAttributesComponentsItem(OpenApiModel):
    name: Annotated[str, Field(description="The name of the grouped component.")]
    position: Annotated[
        int,
        Field(
            description="The zero-indexed position of the grouped component relative to the other components in the group."
        ),
    ]
    type: (
        create_status_page_request_data_attributes_components_item_components_item_type.CreateStatusPageRequestDataAttributesComponentsItemComponentsItemType
    )
