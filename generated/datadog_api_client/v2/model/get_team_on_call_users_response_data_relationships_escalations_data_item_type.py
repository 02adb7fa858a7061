from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class GetTeamOnCallUsersResponseDataRelationshipsEscalationsDataItemType(StrEnum):
    ESCALATION_POLICY_STEPS = "escalation_policy_steps"
