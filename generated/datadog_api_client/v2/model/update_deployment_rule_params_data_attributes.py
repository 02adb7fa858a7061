from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_deployment_rule_params_data_attributes_options_option2,
        deployment_rule_options_faulty_deployment_detection,
    )

_REFERENCES = {
    "create_deployment_rule_params_data_attributes_options_option2": "create_deployment_rule_params_data_attributes_options_option2",
    "deployment_rule_options_faulty_deployment_detection": "deployment_rule_options_faulty_deployment_detection",
}


class UpdateDeploymentRuleParamsDataAttributes(OpenApiModel):
    dry_run: Annotated[bool, Field(description="Whether to run this rule in dry-run mode.")]
    name: Annotated[str, Field(description="The name of the deployment rule.")]
    options: Annotated[
        deployment_rule_options_faulty_deployment_detection.DeploymentRuleOptionsFaultyDeploymentDetection
        | create_deployment_rule_params_data_attributes_options_option2.CreateDeploymentRuleParamsDataAttributesOptionsOption2,
        Field(
            description="Options for deployment rule response representing either faulty deployment detection or monitor options."
        ),
    ]
