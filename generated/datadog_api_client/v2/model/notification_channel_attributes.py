from __future__ import annotations
from datadog_api_client.model_utils import OneOf, UnparsedObject
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_email_notification_channel_config,
        notification_channel_attributes_config_option1,
        notification_channel_attributes_config_option3,
    )

_REFERENCES = {
    "create_email_notification_channel_config": "create_email_notification_channel_config",
    "notification_channel_attributes_config_option1": "notification_channel_attributes_config_option1",
    "notification_channel_attributes_config_option3": "notification_channel_attributes_config_option3",
}


class NotificationChannelAttributes(OpenApiModel):
    active: Annotated[bool | None, Field(description="Whether the notification channel is currently active.")] = None
    config: Annotated[
        Annotated[
            notification_channel_attributes_config_option1.NotificationChannelAttributesConfigOption1
            | create_email_notification_channel_config.CreateEmailNotificationChannelConfig
            | notification_channel_attributes_config_option3.NotificationChannelAttributesConfigOption3
            | UnparsedObject,
            OneOf("type", tags=("phone", "email", "push")),
        ]
        | None,
        Field(description="Notification channel configuration"),
    ] = None
