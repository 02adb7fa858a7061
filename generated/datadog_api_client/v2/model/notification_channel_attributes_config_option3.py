from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import notification_channel_attributes_config_option3_type

_REFERENCES = {
    "notification_channel_attributes_config_option3_type": "notification_channel_attributes_config_option3_type"
}


class NotificationChannelAttributesConfigOption3(OpenApiModel):
    application_name: Annotated[
        str, Field(description="The name of the application used to receive push notifications")
    ]
    device_name: Annotated[str, Field(description="The name of the mobile device being used")]
    type: notification_channel_attributes_config_option3_type.NotificationChannelAttributesConfigOption3Type
