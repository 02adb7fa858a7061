from __future__ import annotations
from enum import StrEnum


class PermissionsType(StrEnum):
    PERMISSIONS = "permissions"
