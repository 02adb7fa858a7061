from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_on_call_escalation_policy_response_data_relationships_steps_data_item_type,
    create_on_call_escalation_policy_response_included_item_option1_attributes,
    create_on_call_escalation_policy_response_included_item_option1_relationships,
)


class CreateOnCallEscalationPolicyResponseIncludedItemOption1(OpenApiModel):
    attributes: (
        create_on_call_escalation_policy_response_included_item_option1_attributes.CreateOnCallEscalationPolicyResponseIncludedItemOption1Attributes
        | None
    ) = None
    id: Annotated[str | None, Field(description="Specifies the unique identifier of this escalation policy step.")] = (
        None
    )
    relationships: (
        create_on_call_escalation_policy_response_included_item_option1_relationships.CreateOnCallEscalationPolicyResponseIncludedItemOption1Relationships
        | None
    ) = None
    type: (
        create_on_call_escalation_policy_response_data_relationships_steps_data_item_type.CreateOnCallEscalationPolicyResponseDataRelationshipsStepsDataItemType
    )
