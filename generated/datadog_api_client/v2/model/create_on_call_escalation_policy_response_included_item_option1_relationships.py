from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import create_on_call_escalation_policy_response_included_item_option1_relationships_targets


class CreateOnCallEscalationPolicyResponseIncludedItemOption1Relationships(OpenApiModel):
    targets: (
        create_on_call_escalation_policy_response_included_item_option1_relationships_targets.CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargets
        | None
    ) = None
