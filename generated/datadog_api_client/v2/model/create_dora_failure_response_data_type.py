from __future__ import annotations
from enum import StrEnum


class CreateDORAFailureResponseDataType(StrEnum):
    DORA_FAILURE = "dora_failure"
