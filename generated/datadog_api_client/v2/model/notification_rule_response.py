from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import notification_channel, notification_rule

_REFERENCES = {"notification_channel": "notification_channel", "notification_rule": "notification_rule"}


class NotificationRuleResponse(OpenApiModel):
    data: notification_rule.NotificationRule
    included: list[notification_channel.NotificationChannel] | None = None
