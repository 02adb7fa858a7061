from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import escalation_policy_create_request_data_type, policy_attributes, policy_relationships

_REFERENCES = {
    "escalation_policy_create_request_data_type": "escalation_policy_create_request_data_type",
    "policy_attributes": "policy_attributes",
    "policy_relationships": "policy_relationships",
}


class Policy(OpenApiModel):
    attributes: policy_attributes.PolicyAttributes | None = None
    id: Annotated[str | None, Field(description="Specifies the unique identifier of the escalation policy.")] = None
    relationships: policy_relationships.PolicyRelationships | None = None
    type: escalation_policy_create_request_data_type.EscalationPolicyCreateRequestDataType
