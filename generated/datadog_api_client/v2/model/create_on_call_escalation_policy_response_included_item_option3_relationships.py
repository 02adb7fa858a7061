from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_on_call_escalation_policy_response_included_item_option3_relationships_layers,
    data_relationships_teams,
)


class CreateOnCallEscalationPolicyResponseIncludedItemOption3Relationships(OpenApiModel):
    layers: (
        create_on_call_escalation_policy_response_included_item_option3_relationships_layers.CreateOnCallEscalationPolicyResponseIncludedItemOption3RelationshipsLayers
        | None
    ) = None
    teams: data_relationships_teams.DataRelationshipsTeams | None = None
