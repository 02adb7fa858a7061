from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_notification_channel_data

_REFERENCES = {"create_notification_channel_data": "create_notification_channel_data"}


class CreateUserNotificationChannelRequest(OpenApiModel):
    data: create_notification_channel_data.CreateNotificationChannelData
