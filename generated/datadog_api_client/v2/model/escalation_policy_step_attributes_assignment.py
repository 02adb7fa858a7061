from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class EscalationPolicyStepAttributesAssignment(StrEnum):
    DEFAULT = "default"
    ROUND_ROBIN = "round-robin"

    _missing_ = unknown_enum_member
