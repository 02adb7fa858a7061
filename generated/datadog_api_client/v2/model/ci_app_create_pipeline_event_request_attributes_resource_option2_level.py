from __future__ import annotations
from enum import StrEnum


class CIAppCreatePipelineEventRequestAttributesResourceOption2Level(StrEnum):
    STAGE = "stage"
