from __future__ import annotations
from enum import StrEnum


class EscalationPolicyUpdateRequestDataType(StrEnum):
    POLICIES = "policies"
