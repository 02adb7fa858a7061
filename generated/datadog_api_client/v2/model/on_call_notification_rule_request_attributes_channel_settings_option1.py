from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_notification_channel_attributes_config_option1_type,
        on_call_notification_rule_request_attributes_channel_settings_option1_method,
    )

_REFERENCES = {
    "create_notification_channel_attributes_config_option1_type": "create_notification_channel_attributes_config_option1_type",
    "on_call_notification_rule_request_attributes_channel_settings_option1_method": "on_call_notification_rule_request_attributes_channel_settings_option1_method",
}


class OnCallNotificationRuleRequestAttributesChannelSettingsOption1(OpenApiModel):
    method: (
        on_call_notification_rule_request_attributes_channel_settings_option1_method.OnCallNotificationRuleRequestAttributesChannelSettingsOption1Method
    )
    type: (
        create_notification_channel_attributes_config_option1_type.CreateNotificationChannelAttributesConfigOption1Type
    )
