from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import notification_channel, update_on_call_notification_rule_request_data

_REFERENCES = {
    "notification_channel": "notification_channel",
    "update_on_call_notification_rule_request_data": "update_on_call_notification_rule_request_data",
}


class NotificationRulesResponse(OpenApiModel):
    data: list[update_on_call_notification_rule_request_data.UpdateOnCallNotificationRuleRequestData] | None = None
    included: list[notification_channel.NotificationChannel] | None = None
