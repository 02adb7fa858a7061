from __future__ import annotations
from enum import StrEnum


class CIAppCreatePipelineEventRequestAttributesResourceOption4Level(StrEnum):
    STEP = "step"
