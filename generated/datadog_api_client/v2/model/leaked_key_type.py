from __future__ import annotations
from enum import StrEnum


class LeakedKeyType(StrEnum):
    LEAKED_KEYS = "leaked_keys"
