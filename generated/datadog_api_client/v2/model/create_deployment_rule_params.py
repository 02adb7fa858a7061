from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import create_deployment_rule_params_data


class CreateDeploymentRuleParams(OpenApiModel):
    data: create_deployment_rule_params_data.CreateDeploymentRuleParamsData | None = None
