from __future__ import annotations
from enum import StrEnum


class RestrictionPolicyType(StrEnum):
    RESTRICTION_POLICY = "restriction_policy"
