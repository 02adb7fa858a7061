from __future__ import annotations
from datadog_api_client.model_utils import OneOf, UnparsedObject
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_email_notification_channel_config, create_notification_channel_attributes_config_option1

_REFERENCES = {
    "create_email_notification_channel_config": "create_email_notification_channel_config",
    "create_notification_channel_attributes_config_option1": "create_notification_channel_attributes_config_option1",
}


class CreateNotificationChannelAttributes(OpenApiModel):
    config: Annotated[
        Annotated[
            create_notification_channel_attributes_config_option1.CreateNotificationChannelAttributesConfigOption1
            | create_email_notification_channel_config.CreateEmailNotificationChannelConfig
            | UnparsedObject,
            OneOf("type", tags=("phone", "email")),
        ]
        | None,
        Field(description="Notification channel configuration"),
    ] = None
