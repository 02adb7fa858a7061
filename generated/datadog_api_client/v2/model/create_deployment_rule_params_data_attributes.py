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


class CreateDeploymentRuleParamsDataAttributes(OpenApiModel):
    dry_run: Annotated[bool | None, Field(description="Whether this rule is run in dry-run mode.")] = None
    name: Annotated[str, Field(description="The name of the deployment rule.")]
    options: Annotated[
        deployment_rule_options_faulty_deployment_detection.DeploymentRuleOptionsFaultyDeploymentDetection
        | create_deployment_rule_params_data_attributes_options_option2.CreateDeploymentRuleParamsDataAttributesOptionsOption2,
        Field(
            description="Options for deployment rule response representing either faulty deployment detection or monitor options."
        ),
    ]
    type: Annotated[str, Field(description="The type of the deployment rule (faulty_deployment_detection or monitor).")]
