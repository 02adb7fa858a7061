from __future__ import annotations
from enum import StrEnum


class FastlyAccountType(StrEnum):
    FASTLY_ACCOUNTS = "fastly-accounts"
