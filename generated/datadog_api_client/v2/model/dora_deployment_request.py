from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dora_deployment_request_data

_REFERENCES = {"dora_deployment_request_data": "dora_deployment_request_data"}


class DORADeploymentRequest(OpenApiModel):
    data: dora_deployment_request_data.DORADeploymentRequestData
