from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_deployment_rule_attributes_rules_item

_REFERENCES = {"list_deployment_rule_attributes_rules_item": "list_deployment_rule_attributes_rules_item"}


class ListDeploymentRuleAttributes(OpenApiModel):
    rules: list[list_deployment_rule_attributes_rules_item.ListDeploymentRuleAttributesRulesItem] | None = None
