from __future__ import annotations
from enum import StrEnum


class LogsArchiveCreateRequestAttributesDestinationOption3Type(StrEnum):
    S3 = "s3"
