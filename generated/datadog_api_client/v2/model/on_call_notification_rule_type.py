from __future__ import annotations
from enum import StrEnum


class OnCallNotificationRuleType(StrEnum):
    NOTIFICATION_RULES = "notification_rules"
