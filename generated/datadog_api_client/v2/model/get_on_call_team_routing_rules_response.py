from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_on_call_team_routing_rules_response_data, team_routing_rule

_REFERENCES = {
    "get_on_call_team_routing_rules_response_data": "get_on_call_team_routing_rules_response_data",
    "team_routing_rule": "team_routing_rule",
}


class GetOnCallTeamRoutingRulesResponse(OpenApiModel):
    data: get_on_call_team_routing_rules_response_data.GetOnCallTeamRoutingRulesResponseData | None = None
    included: Annotated[
        list[team_routing_rule.TeamRoutingRule] | None,
        Field(description="Provides related routing rules or other included resources."),
    ] = None
