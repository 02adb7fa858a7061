from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_deployment_rule_params_data_attributes, deployment_rule_data_type

_REFERENCES = {
    "create_deployment_rule_params_data_attributes": "create_deployment_rule_params_data_attributes",
    "deployment_rule_data_type": "deployment_rule_data_type",
}


class CreateDeploymentRuleParamsData(OpenApiModel):
    attributes: create_deployment_rule_params_data_attributes.CreateDeploymentRuleParamsDataAttributes
    type: deployment_rule_data_type.DeploymentRuleDataType
