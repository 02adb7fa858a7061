from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class NotificationChannelAttributesConfigOption3Type(StrEnum):
    PUSH = "push"
