from __future__ import annotations
from enum import StrEnum


class StepRelationshipsTargetsDataItemOption4Type(StrEnum):
    SCHEDULE_TARGET = "schedule_target"
