from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class EventPayloadAttributesOption2Status(StrEnum):
    WARN = "warn"
    ERROR = "error"
    OK = "ok"

    _missing_ = unknown_enum_member
