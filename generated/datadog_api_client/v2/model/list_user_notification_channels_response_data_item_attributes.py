from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    list_user_notification_channels_response_data_item_attributes_config_option1,
    list_user_notification_channels_response_data_item_attributes_config_option2,
    list_user_notification_channels_response_data_item_attributes_config_option3,
)


class ListUserNotificationChannelsResponseDataItemAttributes(OpenApiModel):
    active: Annotated[bool | None, Field(description="Whether the notification channel is currently active.")] = None
    config: Annotated[
        list_user_notification_channels_response_data_item_attributes_config_option1.ListUserNotificationChannelsResponseDataItemAttributesConfigOption1
        | list_user_notification_channels_response_data_item_attributes_config_option2.ListUserNotificationChannelsResponseDataItemAttributesConfigOption2
        | list_user_notification_channels_response_data_item_attributes_config_option3.ListUserNotificationChannelsResponseDataItemAttributesConfigOption3
        | None,
        Field(description="Notification channel configuration"),
    ] = None
