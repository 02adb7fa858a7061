from __future__ import annotations
from enum import StrEnum


class CIAppPipelineEventInProgressPipelineStatus(StrEnum):
    RUNNING = "running"
