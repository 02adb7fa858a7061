from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import deployment_gate

_REFERENCES = {"deployment_gate": "deployment_gate"}


class DeploymentGateResponse(OpenApiModel):
    data: deployment_gate.DeploymentGate | None = None
