from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_degradation_request_data_attributes, create_degradation_request_data_type

_REFERENCES = {
    "create_degradation_request_data_attributes": "create_degradation_request_data_attributes",
    "create_degradation_request_data_type": "create_degradation_request_data_type",
}


class CreateDegradationRequestData(OpenApiModel):
    attributes: create_degradation_request_data_attributes.CreateDegradationRequestDataAttributes
    type: create_degradation_request_data_type.CreateDegradationRequestDataType
