from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        notification_rules_response_data_item_attributes,
        on_call_notification_rule_relationships,
        on_call_notification_rule_type,
    )

_REFERENCES = {
    "notification_rules_response_data_item_attributes": "notification_rules_response_data_item_attributes",
    "on_call_notification_rule_relationships": "on_call_notification_rule_relationships",
    "on_call_notification_rule_type": "on_call_notification_rule_type",
}


class NotificationRule(OpenApiModel):
    attributes: notification_rules_response_data_item_attributes.NotificationRulesResponseDataItemAttributes | None = (
        None
    )
    id: Annotated[str | None, Field(description="Unique identifier for the rule")] = None
    relationships: on_call_notification_rule_relationships.OnCallNotificationRuleRelationships | None = None
    type: on_call_notification_rule_type.OnCallNotificationRuleType
