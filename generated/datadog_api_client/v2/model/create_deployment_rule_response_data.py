from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import create_deployment_rule_response_data_attributes, deployment_rule_data_type


class CreateDeploymentRuleResponseData(OpenApiModel):
    attributes: create_deployment_rule_response_data_attributes.CreateDeploymentRuleResponseDataAttributes
    id: Annotated[str, Field(description="Unique identifier of the deployment rule.")]
    type: deployment_rule_data_type.DeploymentRuleDataType
