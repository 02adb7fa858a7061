from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import create_deployment_rule_response_data


class CreateDeploymentRuleResponse(OpenApiModel):
    data: create_deployment_rule_response_data.CreateDeploymentRuleResponseData | None = None
