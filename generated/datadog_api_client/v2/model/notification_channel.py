from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import notification_channel_attributes, notification_channel_type

_REFERENCES = {
    "notification_channel_attributes": "notification_channel_attributes",
    "notification_channel_type": "notification_channel_type",
}


class NotificationChannel(OpenApiModel):
    attributes: notification_channel_attributes.NotificationChannelAttributes | None = None
    id: Annotated[str | None, Field(description="Unique identifier for the channel")] = None
    type: notification_channel_type.NotificationChannelType
