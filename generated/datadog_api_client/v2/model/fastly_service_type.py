from __future__ import annotations
from enum import StrEnum


class FastlyServiceType(StrEnum):
    FASTLY_SERVICES = "fastly-services"
