from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_on_call_escalation_policy_response_included_item_option3_attributes,
    create_on_call_escalation_policy_response_included_item_option3_relationships,
    schedule_create_request_data_type,
)


class CreateOnCallEscalationPolicyResponseIncludedItemOption3(OpenApiModel):
    attributes: (
        create_on_call_escalation_policy_response_included_item_option3_attributes.CreateOnCallEscalationPolicyResponseIncludedItemOption3Attributes
        | None
    ) = None
    id: Annotated[str | None, Field(description="The schedule's unique identifier.")] = None
    relationships: (
        create_on_call_escalation_policy_response_included_item_option3_relationships.CreateOnCallEscalationPolicyResponseIncludedItemOption3Relationships
        | None
    ) = None
    type: schedule_create_request_data_type.ScheduleCreateRequestDataType
