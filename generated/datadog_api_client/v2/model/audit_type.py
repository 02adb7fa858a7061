from __future__ import annotations
from enum import StrEnum


class AuditType(StrEnum):
    AUDIT = "audit"
