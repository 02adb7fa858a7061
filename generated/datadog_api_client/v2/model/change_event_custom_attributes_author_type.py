from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class ChangeEventCustomAttributesAuthorType(StrEnum):
    USER = "user"
    SYSTEM = "system"
    API = "api"
    AUTOMATION = "automation"

    _missing_ = unknown_enum_member
