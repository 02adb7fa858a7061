from __future__ import annotations
from enum import StrEnum


class EscalationPolicyCreateRequestDataType(StrEnum):
    POLICIES = "policies"
