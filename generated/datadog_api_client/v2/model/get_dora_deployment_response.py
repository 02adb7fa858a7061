from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import get_dora_deployment_response_data


class GetDORADeploymentResponse(OpenApiModel):
    data: get_dora_deployment_response_data.GetDORADeploymentResponseData | None = None
