from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_dora_deployment_response_data

_REFERENCES = {"create_dora_deployment_response_data": "create_dora_deployment_response_data"}


class CreateDORADeploymentResponse(OpenApiModel):
    data: create_dora_deployment_response_data.CreateDORADeploymentResponseData
