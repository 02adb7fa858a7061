from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import update_deployment_rule_params_data

_REFERENCES = {"update_deployment_rule_params_data": "update_deployment_rule_params_data"}


class UpdateDeploymentRuleParams(OpenApiModel):
    data: update_deployment_rule_params_data.UpdateDeploymentRuleParamsData
