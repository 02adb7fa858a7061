from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import update_degradation_request_data

_REFERENCES = {"update_degradation_request_data": "update_degradation_request_data"}


class UpdateDegradationRequest(OpenApiModel):
    data: update_degradation_request_data.UpdateDegradationRequestData | None = None
