from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import notification_channel

_REFERENCES = {"notification_channel": "notification_channel"}


class NotificationChannelsResponse(OpenApiModel):
    data: list[notification_channel.NotificationChannel] | None = None
