from __future__ import annotations
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_status_page_request_data_attributes_components_item_components_item_status

_REFERENCES = {
    "create_status_page_request_data_attributes_components_item_components_item_status": "create_status_page_request_data_attributes_components_item_components_item_status"
}


class CreateDegradationRequestDataAttributesComponentsAffectedItem(OpenApiModel):
    id: Annotated[UUID, Field(description="The ID of the component. Must be a component of type `component`.")]
    name: str | None = None
    status: (
        create_status_page_request_data_attributes_components_item_components_item_status.CreateStatusPageRequestDataAttributesComponentsItemComponentsItemStatus
    )
