from __future__ import annotations
from enum import StrEnum


class ApplicationKeysType(StrEnum):
    APPLICATION_KEYS = "application_keys"
