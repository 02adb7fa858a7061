from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class LogsArchiveCreateRequestAttributesDestinationOption3EncryptionType(StrEnum):
    NO_OVERRIDE = "NO_OVERRIDE"
    SSE_S3 = "SSE_S3"
    SSE_KMS = "SSE_KMS"

    _missing_ = unknown_enum_member
