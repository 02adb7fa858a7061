from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_deployment_gate_params_data

_REFERENCES = {"create_deployment_gate_params_data": "create_deployment_gate_params_data"}


class CreateDeploymentGateParams(OpenApiModel):
    data: create_deployment_gate_params_data.CreateDeploymentGateParamsData
