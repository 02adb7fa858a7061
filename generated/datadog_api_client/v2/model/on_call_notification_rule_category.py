from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class OnCallNotificationRuleCategory(StrEnum):
    HIGH_URGENCY = "high_urgency"
    LOW_URGENCY = "low_urgency"

    _missing_ = unknown_enum_member
