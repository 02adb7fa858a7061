from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import create_on_call_escalation_policy_response_data_relationships_steps_data_item


class CreateOnCallEscalationPolicyResponseDataRelationshipsSteps(OpenApiModel):
    data: Annotated[
        list[
            create_on_call_escalation_policy_response_data_relationships_steps_data_item.CreateOnCallEscalationPolicyResponseDataRelationshipsStepsDataItem
        ]
        | None,
        Field(description="An array of references to the steps defined in this escalation policy."),
    ] = None
