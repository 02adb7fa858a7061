from __future__ import annotations
from enum import StrEnum


class TeamRoutingRulesRequestDataType(StrEnum):
    TEAM_ROUTING_RULES = "team_routing_rules"
