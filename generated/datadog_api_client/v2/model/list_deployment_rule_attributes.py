from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import list_deployment_rule_attributes_rules_item


class ListDeploymentRuleAttributes(OpenApiModel):
    rules: list[list_deployment_rule_attributes_rules_item.ListDeploymentRuleAttributesRulesItem] | None = None
