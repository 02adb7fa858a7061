from __future__ import annotations
from enum import StrEnum


class NotificationChannelType(StrEnum):
    NOTIFICATION_CHANNELS = "notification_channels"
