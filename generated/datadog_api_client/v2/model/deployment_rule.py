from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import deployment_rule_data_type, list_deployment_rule_attributes_rules_item

_REFERENCES = {
    "deployment_rule_data_type": "deployment_rule_data_type",
    "list_deployment_rule_attributes_rules_item": "list_deployment_rule_attributes_rules_item",
}


class DeploymentRule(OpenApiModel):
    attributes: list_deployment_rule_attributes_rules_item.ListDeploymentRuleAttributesRulesItem
    id: Annotated[str, Field(description="Unique identifier of the deployment rule.")]
    type: deployment_rule_data_type.DeploymentRuleDataType
