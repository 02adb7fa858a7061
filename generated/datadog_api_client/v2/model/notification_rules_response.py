from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import notification_channel, notification_rules_response_data_item

_REFERENCES = {
    "notification_channel": "notification_channel",
    "notification_rules_response_data_item": "notification_rules_response_data_item",
}


class NotificationRulesResponse(OpenApiModel):
    data: list[notification_rules_response_data_item.NotificationRulesResponseDataItem] | None = None
    included: list[notification_channel.NotificationChannel] | None = None
