from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_on_call_team_routing_rules_response_data_relationships, team_routing_rules_request_data_type

_REFERENCES = {
    "get_on_call_team_routing_rules_response_data_relationships": "get_on_call_team_routing_rules_response_data_relationships",
    "team_routing_rules_request_data_type": "team_routing_rules_request_data_type",
}


class GetOnCallTeamRoutingRulesResponseData(OpenApiModel):
    id: Annotated[
        str | None, Field(description="Specifies the unique identifier of this team routing rules record.")
    ] = None
    relationships: (
        get_on_call_team_routing_rules_response_data_relationships.GetOnCallTeamRoutingRulesResponseDataRelationships
        | None
    ) = None
    type: team_routing_rules_request_data_type.TeamRoutingRulesRequestDataType
