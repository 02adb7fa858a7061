from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_notification_channel_attributes_config_option1_type

_REFERENCES = {
    "create_notification_channel_attributes_config_option1_type": "create_notification_channel_attributes_config_option1_type"
}


class CreateNotificationChannelAttributesConfigOption1(OpenApiModel):
    number: Annotated[str, Field(description="The E-164 formatted phone number (e.g. +3371234567)")]
    type: (
        create_notification_channel_attributes_config_option1_type.CreateNotificationChannelAttributesConfigOption1Type
    )
