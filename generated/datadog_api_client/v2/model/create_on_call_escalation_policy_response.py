from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_on_call_escalation_policy_response_data,
    create_on_call_escalation_policy_response_included_item_option1,
    create_on_call_escalation_policy_response_included_item_option2,
    create_on_call_escalation_policy_response_included_item_option3,
    create_on_call_escalation_policy_response_included_item_option4,
    create_on_call_escalation_policy_response_included_item_option5,
)


class CreateOnCallEscalationPolicyResponse(OpenApiModel):
    data: create_on_call_escalation_policy_response_data.CreateOnCallEscalationPolicyResponseData | None = None
    included: Annotated[
        list[
            create_on_call_escalation_policy_response_included_item_option1.CreateOnCallEscalationPolicyResponseIncludedItemOption1
            | create_on_call_escalation_policy_response_included_item_option2.CreateOnCallEscalationPolicyResponseIncludedItemOption2
            | create_on_call_escalation_policy_response_included_item_option3.CreateOnCallEscalationPolicyResponseIncludedItemOption3
            | create_on_call_escalation_policy_response_included_item_option4.CreateOnCallEscalationPolicyResponseIncludedItemOption4
            | create_on_call_escalation_policy_response_included_item_option5.CreateOnCallEscalationPolicyResponseIncludedItemOption5
        ]
        | None,
        Field(
            description="Provides any included related resources, such as steps or targets, returned with the policy."
        ),
    ] = None
