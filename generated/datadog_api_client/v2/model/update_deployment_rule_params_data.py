from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import deployment_rule_data_type, update_deployment_rule_params_data_attributes

_REFERENCES = {
    "deployment_rule_data_type": "deployment_rule_data_type",
    "update_deployment_rule_params_data_attributes": "update_deployment_rule_params_data_attributes",
}


class UpdateDeploymentRuleParamsData(OpenApiModel):
    attributes: update_deployment_rule_params_data_attributes.UpdateDeploymentRuleParamsDataAttributes
    type: deployment_rule_data_type.DeploymentRuleDataType
