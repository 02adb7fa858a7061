from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import notification_channel_email_config_type

_REFERENCES = {"notification_channel_email_config_type": "notification_channel_email_config_type"}


class CreateEmailNotificationChannelConfig(OpenApiModel):
    address: Annotated[str, Field(description="The e-mail address to be notified")]
    formats: Annotated[list[str], Field(description="Preferred content formats for notifications.")]
    type: notification_channel_email_config_type.NotificationChannelEmailConfigType
