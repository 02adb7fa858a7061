from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import get_on_call_team_routing_rules_response_included_item_option1_relationships_policy_data


class GetOnCallTeamRoutingRulesResponseIncludedItemOption1RelationshipsPolicy(OpenApiModel):
    data: (
        get_on_call_team_routing_rules_response_included_item_option1_relationships_policy_data.GetOnCallTeamRoutingRulesResponseIncludedItemOption1RelationshipsPolicyData
        | None
    ) = None
