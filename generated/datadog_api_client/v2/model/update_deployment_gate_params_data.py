from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import deployment_gate_data_type, update_deployment_gate_params_data_attributes

_REFERENCES = {
    "deployment_gate_data_type": "deployment_gate_data_type",
    "update_deployment_gate_params_data_attributes": "update_deployment_gate_params_data_attributes",
}


class UpdateDeploymentGateParamsData(OpenApiModel):
    attributes: update_deployment_gate_params_data_attributes.UpdateDeploymentGateParamsDataAttributes
    id: Annotated[str, Field(description="Unique identifier of the deployment gate.")]
    type: deployment_gate_data_type.DeploymentGateDataType
