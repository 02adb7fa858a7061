from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class PolicyResponseIncludedItemOption2AttributesStatus(StrEnum):
    ACTIVE = "active"
    DEACTIVATED = "deactivated"
    PENDING = "pending"

    _missing_ = unknown_enum_member
