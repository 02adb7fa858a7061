from __future__ import annotations
from enum import StrEnum


class EventPayloadIntegrationId(StrEnum):
    CUSTOM_EVENTS = "custom-events"
