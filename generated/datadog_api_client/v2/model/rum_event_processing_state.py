from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class RUMEventProcessingState(StrEnum):
    ALL = "ALL"
    ERROR_FOCUSED_MODE = "ERROR_FOCUSED_MODE"
    NONE = "NONE"

    _missing_ = unknown_enum_member
