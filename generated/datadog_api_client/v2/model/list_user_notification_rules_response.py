from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import create_user_notification_channel_response_data, list_user_notification_rules_response_data_item


class ListUserNotificationRulesResponse(OpenApiModel):
    data: list[list_user_notification_rules_response_data_item.ListUserNotificationRulesResponseDataItem] | None = None
    included: list[create_user_notification_channel_response_data.CreateUserNotificationChannelResponseData] | None = (
        None
    )
