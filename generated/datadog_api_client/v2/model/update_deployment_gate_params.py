from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import update_deployment_gate_params_data

_REFERENCES = {"update_deployment_gate_params_data": "update_deployment_gate_params_data"}


class UpdateDeploymentGateParams(OpenApiModel):
    data: update_deployment_gate_params_data.UpdateDeploymentGateParamsData
