from __future__ import annotations
from enum import StrEnum


class EventCreateRequestType(StrEnum):
    EVENT = "event"
