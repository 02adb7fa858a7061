from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        notification_channels_response_data_item_attributes_config_option1,
        notification_channels_response_data_item_attributes_config_option2,
        notification_channels_response_data_item_attributes_config_option3,
    )

_REFERENCES = {
    "notification_channels_response_data_item_attributes_config_option1": "notification_channels_response_data_item_attributes_config_option1",
    "notification_channels_response_data_item_attributes_config_option2": "notification_channels_response_data_item_attributes_config_option2",
    "notification_channels_response_data_item_attributes_config_option3": "notification_channels_response_data_item_attributes_config_option3",
}


class NotificationChannelsResponseDataItemAttributes(OpenApiModel):
    active: Annotated[bool | None, Field(description="Whether the notification channel is currently active.")] = None
    config: Annotated[
        notification_channels_response_data_item_attributes_config_option1.NotificationChannelsResponseDataItemAttributesConfigOption1
        | notification_channels_response_data_item_attributes_config_option2.NotificationChannelsResponseDataItemAttributesConfigOption2
        | notification_channels_response_data_item_attributes_config_option3.NotificationChannelsResponseDataItemAttributesConfigOption3
        | None,
        Field(description="Notification channel configuration"),
    ] = None
