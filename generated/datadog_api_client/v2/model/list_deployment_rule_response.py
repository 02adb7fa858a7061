from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import list_deployment_rule


class ListDeploymentRuleResponse(OpenApiModel):
    data: list_deployment_rule.ListDeploymentRule | None = None
