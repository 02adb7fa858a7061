from __future__ import annotations
from enum import StrEnum


class RumType(StrEnum):
    RUM = "rum"
