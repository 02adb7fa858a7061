from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import on_call_notification_rule_channel_relationship_data

_REFERENCES = {
    "on_call_notification_rule_channel_relationship_data": "on_call_notification_rule_channel_relationship_data"
}


class OnCallNotificationRuleChannelRelationship(OpenApiModel):
    data: on_call_notification_rule_channel_relationship_data.OnCallNotificationRuleChannelRelationshipData
