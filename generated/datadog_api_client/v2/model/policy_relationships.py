from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import data_relationships_teams, policy_relationships_steps

_REFERENCES = {
    "data_relationships_teams": "data_relationships_teams",
    "policy_relationships_steps": "policy_relationships_steps",
}


class PolicyRelationships(OpenApiModel):
    steps: policy_relationships_steps.PolicyRelationshipsSteps
    teams: data_relationships_teams.DataRelationshipsTeams | None = None
