from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import notification_channel_type

_REFERENCES = {"notification_channel_type": "notification_channel_type"}


class OnCallNotificationRuleChannelRelationshipData(OpenApiModel):
    id: Annotated[str | None, Field(description="ID of the notification channel")] = None
    type: notification_channel_type.NotificationChannelType | None = None
