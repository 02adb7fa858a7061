from __future__ import annotations
from enum import StrEnum


class CreateStatusPageRequestDataAttributesComponentsItemComponentsItemType(StrEnum):
    COMPONENT = "component"
