from __future__ import annotations
from enum import StrEnum


class CIAppCreatePipelineEventRequestAttributesResourceOption3Level(StrEnum):
    JOB = "job"
