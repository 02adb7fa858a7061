from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_list_failures_request_attributes, dora_list_failures_request_data_type

_REFERENCES = {
    "dora_list_failures_request_attributes": "dora_list_failures_request_attributes",
    "dora_list_failures_request_data_type": "dora_list_failures_request_data_type",
}


class DORAListFailuresRequestData(OpenApiModel):
    attributes: dora_list_failures_request_attributes.DORAListFailuresRequestAttributes
    type: dora_list_failures_request_data_type.DORAListFailuresRequestDataType | None = None
