from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class RUMSort(StrEnum):
    TIMESTAMP_ASCENDING = "timestamp"
    TIMESTAMP = "-timestamp"

    _missing_ = unknown_enum_member
