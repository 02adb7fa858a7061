from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import get_on_call_team_routing_rules_response_included_item_option1_relationships_policy


class GetOnCallTeamRoutingRulesResponseIncludedItemOption1Relationships(OpenApiModel):
    policy: (
        get_on_call_team_routing_rules_response_included_item_option1_relationships_policy.GetOnCallTeamRoutingRulesResponseIncludedItemOption1RelationshipsPolicy
        | None
    ) = None
