from __future__ import annotations
from enum import StrEnum


class CipipelineType(StrEnum):
    CIPIPELINE = "cipipeline"
