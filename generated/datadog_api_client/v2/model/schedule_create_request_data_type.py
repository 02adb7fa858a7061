from __future__ import annotations
from enum import StrEnum


class ScheduleCreateRequestDataType(StrEnum):
    SCHEDULES = "schedules"
