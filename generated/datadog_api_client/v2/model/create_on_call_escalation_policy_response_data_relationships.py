from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import create_on_call_escalation_policy_response_data_relationships_steps, data_relationships_teams


class CreateOnCallEscalationPolicyResponseDataRelationships(OpenApiModel):
    steps: (
        create_on_call_escalation_policy_response_data_relationships_steps.CreateOnCallEscalationPolicyResponseDataRelationshipsSteps
    )
    teams: data_relationships_teams.DataRelationshipsTeams | None = None
