from __future__ import annotations
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_status_page_request_data_type, update_status_page_request_data_attributes

_REFERENCES = {
    "create_status_page_request_data_type": "create_status_page_request_data_type",
    "update_status_page_request_data_attributes": "update_status_page_request_data_attributes",
}


class UpdateStatusPageRequestData(OpenApiModel):
    attributes: update_status_page_request_data_attributes.UpdateStatusPageRequestDataAttributes
    id: Annotated[UUID, Field(description="The ID of the status page.")]
    type: create_status_page_request_data_type.CreateStatusPageRequestDataType
