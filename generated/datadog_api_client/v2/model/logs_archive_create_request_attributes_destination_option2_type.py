from __future__ import annotations
from enum import StrEnum


class LogsArchiveCreateRequestAttributesDestinationOption2Type(StrEnum):
    GCS = "gcs"
