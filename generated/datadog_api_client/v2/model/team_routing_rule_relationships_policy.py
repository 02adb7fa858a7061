from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import team_routing_rule_relationships_policy_data

_REFERENCES = {"team_routing_rule_relationships_policy_data": "team_routing_rule_relationships_policy_data"}


class TeamRoutingRuleRelationshipsPolicy(OpenApiModel):
    data: team_routing_rule_relationships_policy_data.TeamRoutingRuleRelationshipsPolicyData | None = None
