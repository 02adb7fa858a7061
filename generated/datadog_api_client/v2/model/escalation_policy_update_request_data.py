from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        escalation_policy_update_request_data_attributes,
        escalation_policy_update_request_data_relationships,
        escalation_policy_update_request_data_type,
    )

_REFERENCES = {
    "escalation_policy_update_request_data_attributes": "escalation_policy_update_request_data_attributes",
    "escalation_policy_update_request_data_relationships": "escalation_policy_update_request_data_relationships",
    "escalation_policy_update_request_data_type": "escalation_policy_update_request_data_type",
}


class EscalationPolicyUpdateRequestData(OpenApiModel):
    attributes: escalation_policy_update_request_data_attributes.EscalationPolicyUpdateRequestDataAttributes
    id: Annotated[str, Field(description="Specifies the unique identifier of the escalation policy being updated.")]
    relationships: (
        escalation_policy_update_request_data_relationships.EscalationPolicyUpdateRequestDataRelationships | None
    ) = None
    type: escalation_policy_update_request_data_type.EscalationPolicyUpdateRequestDataType
