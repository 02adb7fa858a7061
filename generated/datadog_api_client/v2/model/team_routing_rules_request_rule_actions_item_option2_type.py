from __future__ import annotations
from enum import StrEnum


class TeamRoutingRulesRequestRuleActionsItemOption2Type(StrEnum):
    SEND_TEAMS_MESSAGE = "send_teams_message"
