from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class CIAppCreatePipelineEventRequestAttributesResourceOption3Status(StrEnum):
    SUCCESS = "success"
    ERROR = "error"
    CANCELED = "canceled"
    SKIPPED = "skipped"

    _missing_ = unknown_enum_member
