from __future__ import annotations
from enum import StrEnum


class RolesType(StrEnum):
    ROLES = "roles"
