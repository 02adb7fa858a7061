from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import create_user_notification_channel_response_data


class CreateUserNotificationChannelResponse(OpenApiModel):
    data: create_user_notification_channel_response_data.CreateUserNotificationChannelResponseData | None = None
