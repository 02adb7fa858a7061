from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_deployment_rule_attributes, list_deployment_rule_type

_REFERENCES = {
    "list_deployment_rule_attributes": "list_deployment_rule_attributes",
    "list_deployment_rule_type": "list_deployment_rule_type",
}


class ListDeploymentRule(OpenApiModel):
    attributes: list_deployment_rule_attributes.ListDeploymentRuleAttributes
    id: Annotated[str, Field(description="Unique identifier of the deployment rule.")]
    type: list_deployment_rule_type.ListDeploymentRuleType
