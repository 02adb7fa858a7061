from __future__ import annotations
from enum import StrEnum


class DataRelationshipsTeamsDataItemsType(StrEnum):
    TEAMS = "teams"
