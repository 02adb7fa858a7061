from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_on_call_escalation_policy_response_included_item_option3,
    create_on_call_escalation_policy_response_included_item_option5,
    create_on_call_schedule_response_included_item_option2,
    create_on_call_schedule_response_included_item_option3,
    create_on_call_schedule_response_included_item_option4,
)


class CreateOnCallScheduleResponse(OpenApiModel):
    data: (
        create_on_call_escalation_policy_response_included_item_option3.CreateOnCallEscalationPolicyResponseIncludedItemOption3
        | None
    ) = None
    included: Annotated[
        list[
            create_on_call_escalation_policy_response_included_item_option5.CreateOnCallEscalationPolicyResponseIncludedItemOption5
            | create_on_call_schedule_response_included_item_option2.CreateOnCallScheduleResponseIncludedItemOption2
            | create_on_call_schedule_response_included_item_option3.CreateOnCallScheduleResponseIncludedItemOption3
            | create_on_call_schedule_response_included_item_option4.CreateOnCallScheduleResponseIncludedItemOption4
        ]
        | None,
        Field(description="Any additional resources related to this schedule, such as teams and layers."),
    ] = None
