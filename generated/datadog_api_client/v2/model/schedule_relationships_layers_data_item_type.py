from __future__ import annotations
from enum import StrEnum


class ScheduleRelationshipsLayersDataItemType(StrEnum):
    LAYERS = "layers"
