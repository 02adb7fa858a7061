from __future__ import annotations
from enum import StrEnum


class UserRelationships2OrgDataType(StrEnum):
    ORGS = "orgs"
