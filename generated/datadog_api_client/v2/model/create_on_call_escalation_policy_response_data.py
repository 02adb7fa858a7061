from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_on_call_escalation_policy_response_data_attributes,
    create_on_call_escalation_policy_response_data_relationships,
    escalation_policy_create_request_data_type,
)


class CreateOnCallEscalationPolicyResponseData(OpenApiModel):
    attributes: (
        create_on_call_escalation_policy_response_data_attributes.CreateOnCallEscalationPolicyResponseDataAttributes
        | None
    ) = None
    id: Annotated[str | None, Field(description="Specifies the unique identifier of the escalation policy.")] = None
    relationships: (
        create_on_call_escalation_policy_response_data_relationships.CreateOnCallEscalationPolicyResponseDataRelationships
        | None
    ) = None
    type: escalation_policy_create_request_data_type.EscalationPolicyCreateRequestDataType
