from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import escalation_policy_create_request_data_type

_REFERENCES = {"escalation_policy_create_request_data_type": "escalation_policy_create_request_data_type"}


class TeamRoutingRuleRelationshipsPolicyData(OpenApiModel):
    id: Annotated[str, Field(description="Specifies the unique identifier of the policy.")]
    type: escalation_policy_create_request_data_type.EscalationPolicyCreateRequestDataType
