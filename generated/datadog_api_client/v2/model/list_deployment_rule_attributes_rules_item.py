from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_deployment_rule_params_data_attributes_options_option2,
        deployment_gate_attributes_created_by,
        deployment_rule_options_faulty_deployment_detection,
        list_deployment_rule_attributes_rules_item_type,
    )

_REFERENCES = {
    "create_deployment_rule_params_data_attributes_options_option2": "create_deployment_rule_params_data_attributes_options_option2",
    "deployment_gate_attributes_created_by": "deployment_gate_attributes_created_by",
    "deployment_rule_options_faulty_deployment_detection": "deployment_rule_options_faulty_deployment_detection",
    "list_deployment_rule_attributes_rules_item_type": "list_deployment_rule_attributes_rules_item_type",
}


class ListDeploymentRuleAttributesRulesItem(OpenApiModel):
    created_at: Annotated[datetime, Field(description="The timestamp when the deployment rule was created.")]
    created_by: deployment_gate_attributes_created_by.DeploymentGateAttributesCreatedBy
    dry_run: Annotated[bool, Field(description="Whether this rule is run in dry-run mode.")]
    gate_id: Annotated[str, Field(description="The ID of the deployment gate.")]
    name: Annotated[str, Field(description="The name of the deployment rule.")]
    options: Annotated[
        deployment_rule_options_faulty_deployment_detection.DeploymentRuleOptionsFaultyDeploymentDetection
        | create_deployment_rule_params_data_attributes_options_option2.CreateDeploymentRuleParamsDataAttributesOptionsOption2,
        Field(
            description="Options for deployment rule response representing either faulty deployment detection or monitor options."
        ),
    ]
    type: list_deployment_rule_attributes_rules_item_type.ListDeploymentRuleAttributesRulesItemType
    updated_at: Annotated[
        datetime | None, Field(description="The timestamp when the deployment rule was last updated.")
    ] = None
    updated_by: deployment_gate_attributes_created_by.DeploymentGateAttributesCreatedBy | None = None
