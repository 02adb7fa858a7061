from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import deployment_rule


class DeploymentRuleResponse(OpenApiModel):
    data: deployment_rule.DeploymentRule | None = None
