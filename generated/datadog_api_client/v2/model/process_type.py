from __future__ import annotations
from enum import StrEnum


class ProcessType(StrEnum):
    PROCESS = "process"
