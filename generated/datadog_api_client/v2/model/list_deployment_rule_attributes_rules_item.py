from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_deployment_rule_params_data_attributes_options_option2,
        deployment_rule_options_faulty_deployment_detection,
        list_deployment_rule_attributes_rules_item_created_by,
        list_deployment_rule_attributes_rules_item_type,
        list_deployment_rule_attributes_rules_item_updated_by,
    )

_REFERENCES = {
    "create_deployment_rule_params_data_attributes_options_option2": "create_deployment_rule_params_data_attributes_options_option2",
    "deployment_rule_options_faulty_deployment_detection": "deployment_rule_options_faulty_deployment_detection",
    "list_deployment_rule_attributes_rules_item_created_by": "list_deployment_rule_attributes_rules_item_created_by",
    "list_deployment_rule_attributes_rules_item_type": "list_deployment_rule_attributes_rules_item_type",
    "list_deployment_rule_attributes_rules_item_updated_by": "list_deployment_rule_attributes_rules_item_updated_by",
}


class ListDeploymentRuleAttributesRulesItem(OpenApiModel):
    created_at: Annotated[datetime, Field(description="The timestamp when the deployment rule was created.")]
    created_by: list_deployment_rule_attributes_rules_item_created_by.ListDeploymentRuleAttributesRulesItemCreatedBy
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
    updated_by: (
        list_deployment_rule_attributes_rules_item_updated_by.ListDeploymentRuleAttributesRulesItemUpdatedBy | None
    ) = None
