from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import on_call_notification_rule_channel_relationship

_REFERENCES = {"on_call_notification_rule_channel_relationship": "on_call_notification_rule_channel_relationship"}


class OnCallNotificationRuleRelationships(OpenApiModel):
    channel: on_call_notification_rule_channel_relationship.OnCallNotificationRuleChannelRelationship | None = None
