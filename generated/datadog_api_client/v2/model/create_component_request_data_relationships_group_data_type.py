from __future__ import annotations
from enum import StrEnum


class CreateComponentRequestDataRelationshipsGroupDataType(StrEnum):
    COMPONENTS = "components"
