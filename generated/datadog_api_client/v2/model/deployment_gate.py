from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import deployment_gate_attributes, deployment_gate_data_type

_REFERENCES = {
    "deployment_gate_attributes": "deployment_gate_attributes",
    "deployment_gate_data_type": "deployment_gate_data_type",
}


class DeploymentGate(OpenApiModel):
    attributes: deployment_gate_attributes.DeploymentGateAttributes
    id: Annotated[str, Field(description="Unique identifier of the deployment gate.")]
    type: deployment_gate_data_type.DeploymentGateDataType
