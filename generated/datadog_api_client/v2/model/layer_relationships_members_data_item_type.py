from __future__ import annotations
from enum import StrEnum


class LayerRelationshipsMembersDataItemType(StrEnum):
    MEMBERS = "members"
