from __future__ import annotations
from enum import StrEnum


class UsersType(StrEnum):
    USERS = "users"
