from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import get_deployment_gate_rules_response_data_attributes_rules_item


class GetDeploymentGateRulesResponseDataAttributes(OpenApiModel):
    rules: (
        list[
            get_deployment_gate_rules_response_data_attributes_rules_item.GetDeploymentGateRulesResponseDataAttributesRulesItem
        ]
        | None
    ) = None
