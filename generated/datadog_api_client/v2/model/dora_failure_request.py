from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_failure_request_data

_REFERENCES = {"dora_failure_request_data": "dora_failure_request_data"}


class DORAFailureRequest(OpenApiModel):
    data: dora_failure_request_data.DORAFailureRequestData
