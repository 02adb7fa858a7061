from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    get_on_call_team_routing_rules_response_included_item_option1_attributes,
    get_on_call_team_routing_rules_response_included_item_option1_relationships,
    team_routing_rules_request_data_type,
)


class GetOnCallTeamRoutingRulesResponseIncludedItemOption1(OpenApiModel):
    attributes: (
        get_on_call_team_routing_rules_response_included_item_option1_attributes.GetOnCallTeamRoutingRulesResponseIncludedItemOption1Attributes
        | None
    ) = None
    id: Annotated[str | None, Field(description="Specifies the unique identifier of this routing rule.")] = None
    relationships: (
        get_on_call_team_routing_rules_response_included_item_option1_relationships.GetOnCallTeamRoutingRulesResponseIncludedItemOption1Relationships
        | None
    ) = None
    type: team_routing_rules_request_data_type.TeamRoutingRulesRequestDataType
