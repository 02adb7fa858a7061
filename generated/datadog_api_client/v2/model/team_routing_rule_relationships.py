from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import team_routing_rule_relationships_policy

_REFERENCES = {"team_routing_rule_relationships_policy": "team_routing_rule_relationships_policy"}


class TeamRoutingRuleRelationships(OpenApiModel):
    policy: team_routing_rule_relationships_policy.TeamRoutingRuleRelationshipsPolicy | None = None
