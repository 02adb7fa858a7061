from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import dora_deployment_response_data


class DoraDeploymentResponse(OpenApiModel):
    data: dora_deployment_response_data.DoraDeploymentResponseData | None = None
