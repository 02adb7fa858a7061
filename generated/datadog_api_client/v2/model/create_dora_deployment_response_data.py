from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_dora_deployment_response_data_type

_REFERENCES = {"create_dora_deployment_response_data_type": "create_dora_deployment_response_data_type"}


class CreateDORADeploymentResponseData(OpenApiModel):
    id: Annotated[str, Field(description="The ID of the received DORA deployment event.")]
    type: create_dora_deployment_response_data_type.CreateDORADeploymentResponseDataType | None = None
