from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_degradation_request_data

_REFERENCES = {"create_degradation_request_data": "create_degradation_request_data"}


class CreateDegradationRequest(OpenApiModel):
    data: create_degradation_request_data.CreateDegradationRequestData | None = None
