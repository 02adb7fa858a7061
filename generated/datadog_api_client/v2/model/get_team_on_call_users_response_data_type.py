from __future__ import annotations
from enum import StrEnum


class GetTeamOnCallUsersResponseDataType(StrEnum):
    TEAM_ONCALL_RESPONDERS = "team_oncall_responders"
