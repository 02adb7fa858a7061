from __future__ import annotations
from enum import StrEnum


class LogType(StrEnum):
    LOG = "log"
