from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import notification_channels_response_data_item

_REFERENCES = {"notification_channels_response_data_item": "notification_channels_response_data_item"}


class NotificationChannelsResponse(OpenApiModel):
    data: list[notification_channels_response_data_item.NotificationChannelsResponseDataItem] | None = None
