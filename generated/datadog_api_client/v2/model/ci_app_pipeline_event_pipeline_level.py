from __future__ import annotations
from enum import StrEnum


class CIAppPipelineEventPipelineLevel(StrEnum):
    PIPELINE = "pipeline"
