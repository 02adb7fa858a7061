from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import create_deployment_gate_response_data


class CreateDeploymentGateResponse(OpenApiModel):
    data: create_deployment_gate_response_data.CreateDeploymentGateResponseData | None = None
