from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_list_failures_request_data

_REFERENCES = {"dora_list_failures_request_data": "dora_list_failures_request_data"}


class DORAListFailuresRequest(OpenApiModel):
    data: dora_list_failures_request_data.DORAListFailuresRequestData
