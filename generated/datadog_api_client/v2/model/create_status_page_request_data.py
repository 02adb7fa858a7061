from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_status_page_request_data_attributes, create_status_page_request_data_type

_REFERENCES = {
    "create_status_page_request_data_attributes": "create_status_page_request_data_attributes",
    "create_status_page_request_data_type": "create_status_page_request_data_type",
}


class CreateStatusPageRequestData(OpenApiModel):
    attributes: create_status_page_request_data_attributes.CreateStatusPageRequestDataAttributes
    type: create_status_page_request_data_type.CreateStatusPageRequestDataType
