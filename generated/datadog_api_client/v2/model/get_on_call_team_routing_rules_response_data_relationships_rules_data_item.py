from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_on_call_team_routing_rules_response_data_relationships_rules_data_item_type

_REFERENCES = {
    "get_on_call_team_routing_rules_response_data_relationships_rules_data_item_type": "get_on_call_team_routing_rules_response_data_relationships_rules_data_item_type"
}


class GetOnCallTeamRoutingRulesResponseDataRelationshipsRulesDataItem(OpenApiModel):
    id: Annotated[str, Field(description="Specifies the unique identifier for the related routing rule.")]
    type: (
        get_on_call_team_routing_rules_response_data_relationships_rules_data_item_type.GetOnCallTeamRoutingRulesResponseDataRelationshipsRulesDataItemType
    )
