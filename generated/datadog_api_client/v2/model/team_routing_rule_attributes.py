from __future__ import annotations
from datadog_api_client.model_utils import OneOf, UnparsedObject
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        send_slack_message_action,
        team_routing_rules_request_rule_actions_item_option2,
        time_restrictions,
        urgency as urgency_1,
    )

_REFERENCES = {
    "send_slack_message_action": "send_slack_message_action",
    "team_routing_rules_request_rule_actions_item_option2": "team_routing_rules_request_rule_actions_item_option2",
    "time_restrictions": "time_restrictions",
    "urgency_1": "urgency",
}


class TeamRoutingRuleAttributes(OpenApiModel):
    actions: Annotated[
        list[
            Annotated[
                send_slack_message_action.SendSlackMessageAction
                | team_routing_rules_request_rule_actions_item_option2.TeamRoutingRulesRequestRuleActionsItemOption2
                | UnparsedObject,
                OneOf("type", tags=("send_slack_message", "send_teams_message")),
            ]
        ]
        | None,
        Field(description="Specifies the list of actions to perform when the routing rule matches."),
    ] = None
    query: Annotated[
        str | None, Field(description="Defines the query or condition that triggers this routing rule.")
    ] = None
    time_restriction: time_restrictions.TimeRestrictions | None = None
    urgency: urgency_1.Urgency | None = None
