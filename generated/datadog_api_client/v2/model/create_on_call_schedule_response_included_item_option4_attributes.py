from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import create_on_call_escalation_policy_response_included_item_option2_attributes_status


class CreateOnCallScheduleResponseIncludedItemOption4Attributes(OpenApiModel):
    email: Annotated[str | None, Field(description="The user's email address.")] = None
    name: Annotated[str | None, Field(description="The user's name.")] = None
    status: (
        create_on_call_escalation_policy_response_included_item_option2_attributes_status.CreateOnCallEscalationPolicyResponseIncludedItemOption2AttributesStatus
        | None
    ) = None
