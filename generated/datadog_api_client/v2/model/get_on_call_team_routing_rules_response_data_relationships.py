from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import get_on_call_team_routing_rules_response_data_relationships_rules


class GetOnCallTeamRoutingRulesResponseDataRelationships(OpenApiModel):
    rules: (
        get_on_call_team_routing_rules_response_data_relationships_rules.GetOnCallTeamRoutingRulesResponseDataRelationshipsRules
        | None
    ) = None
