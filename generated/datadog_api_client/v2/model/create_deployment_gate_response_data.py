from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import create_deployment_gate_response_data_attributes, deployment_gate_data_type


class CreateDeploymentGateResponseData(OpenApiModel):
    attributes: create_deployment_gate_response_data_attributes.CreateDeploymentGateResponseDataAttributes
    id: Annotated[str, Field(description="Unique identifier of the deployment gate.")]
    type: deployment_gate_data_type.DeploymentGateDataType
