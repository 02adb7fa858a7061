from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_deployment_gate_params_data_attributes, deployment_gate_data_type

_REFERENCES = {
    "create_deployment_gate_params_data_attributes": "create_deployment_gate_params_data_attributes",
    "deployment_gate_data_type": "deployment_gate_data_type",
}


class CreateDeploymentGateParamsData(OpenApiModel):
    attributes: create_deployment_gate_params_data_attributes.CreateDeploymentGateParamsDataAttributes
    type: deployment_gate_data_type.DeploymentGateDataType
