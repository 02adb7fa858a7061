from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import team_routing_rule_relationships_policy


class TeamRoutingRuleRelationships(OpenApiModel):
    policy: team_routing_rule_relationships_policy.TeamRoutingRuleRelationshipsPolicy | None = None
