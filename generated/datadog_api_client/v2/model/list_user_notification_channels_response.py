from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import list_user_notification_channels_response_data_item


class ListUserNotificationChannelsResponse(OpenApiModel):
    data: (
        list[list_user_notification_channels_response_data_item.ListUserNotificationChannelsResponseDataItem] | None
    ) = None
