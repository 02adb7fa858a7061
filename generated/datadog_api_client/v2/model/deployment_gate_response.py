from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import deployment_gate


class DeploymentGateResponse(OpenApiModel):
    data: deployment_gate.DeploymentGate | None = None
