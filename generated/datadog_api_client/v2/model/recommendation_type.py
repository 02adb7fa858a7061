from __future__ import annotations
from enum import StrEnum


class RecommendationType(StrEnum):
    RECOMMENDATION = "recommendation"
