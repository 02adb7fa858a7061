from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option1,
    create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option2,
    create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option3,
    create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option4,
)


class CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargets(OpenApiModel):
    data: Annotated[
        list[
            create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option1.CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption1
            | create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option2.CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption2
            | create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option3.CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption3
            | create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option4.CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption4
        ]
        | None,
        Field(description="The `EscalationTargets` `data`."),
    ] = None
