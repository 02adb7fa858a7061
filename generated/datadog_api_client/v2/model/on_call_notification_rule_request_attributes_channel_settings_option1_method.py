from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class OnCallNotificationRuleRequestAttributesChannelSettingsOption1Method(StrEnum):
    SMS = "sms"
    VOICE = "voice"

    _missing_ = unknown_enum_member
