from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        escalation_policy_create_request_data_attributes,
        escalation_policy_create_request_data_relationships,
        escalation_policy_create_request_data_type,
    )

_REFERENCES = {
    "escalation_policy_create_request_data_attributes": "escalation_policy_create_request_data_attributes",
    "escalation_policy_create_request_data_relationships": "escalation_policy_create_request_data_relationships",
    "escalation_policy_create_request_data_type": "escalation_policy_create_request_data_type",
}


class EscalationPolicyCreateRequestData(OpenApiModel):
    attributes: escalation_policy_create_request_data_attributes.EscalationPolicyCreateRequestDataAttributes
    relationships: (
        escalation_policy_create_request_data_relationships.EscalationPolicyCreateRequestDataRelationships | None
    ) = None
    type: escalation_policy_create_request_data_type.EscalationPolicyCreateRequestDataType
