from __future__ import annotations
from enum import StrEnum


class OrgConfigType(StrEnum):
    ORG_CONFIGS = "org_configs"
