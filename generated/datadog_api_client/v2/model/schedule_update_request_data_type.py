from __future__ import annotations
from enum import StrEnum


class ScheduleUpdateRequestDataType(StrEnum):
    SCHEDULES = "schedules"
