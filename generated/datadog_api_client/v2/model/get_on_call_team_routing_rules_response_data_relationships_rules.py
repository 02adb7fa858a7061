from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_on_call_team_routing_rules_response_data_relationships_rules_data_item

_REFERENCES = {
    "get_on_call_team_routing_rules_response_data_relationships_rules_data_item": "get_on_call_team_routing_rules_response_data_relationships_rules_data_item"
}


class GetOnCallTeamRoutingRulesResponseDataRelationshipsRules(OpenApiModel):
    data: Annotated[
        list[
            get_on_call_team_routing_rules_response_data_relationships_rules_data_item.GetOnCallTeamRoutingRulesResponseDataRelationshipsRulesDataItem
        ]
        | None,
        Field(description="An array of references to the routing rules associated with this team."),
    ] = None
