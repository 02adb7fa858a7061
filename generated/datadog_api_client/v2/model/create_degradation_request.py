from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import create_degradation_request_data


class CreateDegradationRequest(OpenApiModel):
    data: create_degradation_request_data.CreateDegradationRequestData | None = None
