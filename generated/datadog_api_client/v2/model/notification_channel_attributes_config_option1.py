from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datetime import datetime
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_notification_channel_attributes_config_option1_type

_REFERENCES = {
    "create_notification_channel_attributes_config_option1_type": "create_notification_channel_attributes_config_option1_type"
}


class NotificationChannelAttributesConfigOption1(OpenApiModel):
    formatted_number: Annotated[
        str, Field(description="The formatted international version of Number (e.g. +33 7 1 23 45 67).")
    ]
    number: Annotated[str, Field(description="The E-164 formatted phone number (e.g. +3371234567)")]
    region: Annotated[str, Field(description="The ISO 3166-1 alpha-2 two-letter country code.")]
    sms_subscribed_at: Annotated[
        datetime | None, Field(description="If present, the date the user subscribed this number to SMS messages")
    ] = None
    type: (
        create_notification_channel_attributes_config_option1_type.CreateNotificationChannelAttributesConfigOption1Type
    )
    verified: Annotated[
        bool, Field(description="Indicates whether this phone has been verified by the user in Datadog On-Call")
    ]
