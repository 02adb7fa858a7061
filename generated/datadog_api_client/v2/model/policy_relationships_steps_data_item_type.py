from __future__ import annotations
from enum import StrEnum


class PolicyRelationshipsStepsDataItemType(StrEnum):
    STEPS = "steps"
