from __future__ import annotations
from enum import StrEnum


class ShiftType(StrEnum):
    SHIFTS = "shifts"
