from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_on_call_team_routing_rules_response_data_relationships_rules

_REFERENCES = {
    "get_on_call_team_routing_rules_response_data_relationships_rules": "get_on_call_team_routing_rules_response_data_relationships_rules"
}


class GetOnCallTeamRoutingRulesResponseDataRelationships(OpenApiModel):
    rules: (
        get_on_call_team_routing_rules_response_data_relationships_rules.GetOnCallTeamRoutingRulesResponseDataRelationshipsRules
        | None
    ) = None
