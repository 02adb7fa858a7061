from __future__ import annotations
from enum import StrEnum


class ChangeEventCustomAttributesImpactedResourcesItemsType(StrEnum):
    SERVICE = "service"
