from __future__ import annotations
from enum import StrEnum


class NotificationChannelEmailConfigType(StrEnum):
    EMAIL = "email"
