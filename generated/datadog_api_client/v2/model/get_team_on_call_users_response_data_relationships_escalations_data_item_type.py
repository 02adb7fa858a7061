from __future__ import annotations
from enum import StrEnum


class GetTeamOnCallUsersResponseDataRelationshipsEscalationsDataItemType(StrEnum):
    ESCALATION_POLICY_STEPS = "escalation_policy_steps"
