from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import get_deployment_gate_rules_response_data_attributes, get_deployment_gate_rules_response_data_type


class GetDeploymentGateRulesResponseData(OpenApiModel):
    attributes: get_deployment_gate_rules_response_data_attributes.GetDeploymentGateRulesResponseDataAttributes
    id: Annotated[str, Field(description="Unique identifier of the deployment rule.")]
    type: get_deployment_gate_rules_response_data_type.GetDeploymentGateRulesResponseDataType
