from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class GetEventResponseDataAttributesAttributesOption2LinksItemCategory(StrEnum):
    RUNBOOK = "runbook"
    DOCUMENTATION = "documentation"
    DASHBOARD = "dashboard"

    _missing_ = unknown_enum_member
