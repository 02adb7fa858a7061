from __future__ import annotations
from enum import StrEnum


class CreateDegradationRequestDataType(StrEnum):
    DEGRADATIONS = "degradations"
