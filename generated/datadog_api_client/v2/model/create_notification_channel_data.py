from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_notification_channel_attributes, notification_channel_type

_REFERENCES = {
    "create_notification_channel_attributes": "create_notification_channel_attributes",
    "notification_channel_type": "notification_channel_type",
}


class CreateNotificationChannelData(OpenApiModel):
    attributes: create_notification_channel_attributes.CreateNotificationChannelAttributes | None = None
    type: notification_channel_type.NotificationChannelType
