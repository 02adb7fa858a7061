from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class EventAttributesAttributesStatus(StrEnum):
    FAILURE = "failure"
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    SUCCESS = "success"
    USER_UPDATE = "user_update"
    RECOMMENDATION = "recommendation"
    SNAPSHOT = "snapshot"

    _missing_ = unknown_enum_member
