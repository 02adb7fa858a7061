from __future__ import annotations
from enum import StrEnum


class CreateNotificationChannelAttributesConfigOption1Type(StrEnum):
    PHONE = "phone"
