from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import team_routing_rules_request_rule_actions_item_option2_type

_REFERENCES = {
    "team_routing_rules_request_rule_actions_item_option2_type": "team_routing_rules_request_rule_actions_item_option2_type"
}


class TeamRoutingRulesRequestRuleActionsItemOption2(OpenApiModel):
    channel: Annotated[str, Field(description="The channel ID.")]
    team: Annotated[str, Field(description="The team ID.")]
    tenant: Annotated[str, Field(description="The tenant ID.")]
    type: team_routing_rules_request_rule_actions_item_option2_type.TeamRoutingRulesRequestRuleActionsItemOption2Type
