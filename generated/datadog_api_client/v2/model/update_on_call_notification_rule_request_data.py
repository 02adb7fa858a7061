from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        on_call_notification_rule_relationships,
        on_call_notification_rule_type,
        update_on_call_notification_rule_request_attributes,
    )

_REFERENCES = {
    "on_call_notification_rule_relationships": "on_call_notification_rule_relationships",
    "on_call_notification_rule_type": "on_call_notification_rule_type",
    "update_on_call_notification_rule_request_attributes": "update_on_call_notification_rule_request_attributes",
}


class UpdateOnCallNotificationRuleRequestData(OpenApiModel):
    attributes: (
        update_on_call_notification_rule_request_attributes.UpdateOnCallNotificationRuleRequestAttributes | None
    ) = None
    id: Annotated[str | None, Field(description="Unique identifier for the rule")] = None
    relationships: on_call_notification_rule_relationships.OnCallNotificationRuleRelationships | None = None
    type: on_call_notification_rule_type.OnCallNotificationRuleType
