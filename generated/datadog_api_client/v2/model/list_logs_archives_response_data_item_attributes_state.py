from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class ListLogsArchivesResponseDataItemAttributesState(StrEnum):
    UNKNOWN = "UNKNOWN"
    WORKING = "WORKING"
    FAILING = "FAILING"
    WORKING_AUTH_LEGACY = "WORKING_AUTH_LEGACY"

    _missing_ = unknown_enum_member
