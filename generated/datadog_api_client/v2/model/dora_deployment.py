from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_dora_deployment_response_data_type, dora_deployment_attributes

_REFERENCES = {
    "create_dora_deployment_response_data_type": "create_dora_deployment_response_data_type",
    "dora_deployment_attributes": "dora_deployment_attributes",
}


class DoraDeployment(OpenApiModel):
    attributes: dora_deployment_attributes.DoraDeploymentAttributes | None = None
    id: Annotated[str | None, Field(description="The ID of the deployment event.")] = None
    type: create_dora_deployment_response_data_type.CreateDORADeploymentResponseDataType | None = None
