from __future__ import annotations
from enum import StrEnum


class NotificationChannelAttributesConfigOption3Type(StrEnum):
    PUSH = "push"
