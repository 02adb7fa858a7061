from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        on_call_notification_rule_relationships,
        on_call_notification_rule_request_attributes,
        on_call_notification_rule_type,
    )

_REFERENCES = {
    "on_call_notification_rule_relationships": "on_call_notification_rule_relationships",
    "on_call_notification_rule_request_attributes": "on_call_notification_rule_request_attributes",
    "on_call_notification_rule_type": "on_call_notification_rule_type",
}


class CreateOnCallNotificationRuleRequestData(OpenApiModel):
    attributes: on_call_notification_rule_request_attributes.OnCallNotificationRuleRequestAttributes | None = None
    relationships: on_call_notification_rule_relationships.OnCallNotificationRuleRelationships | None = None
    type: on_call_notification_rule_type.OnCallNotificationRuleType
