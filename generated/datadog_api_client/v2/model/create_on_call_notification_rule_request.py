from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_on_call_notification_rule_request_data

_REFERENCES = {"create_on_call_notification_rule_request_data": "create_on_call_notification_rule_request_data"}


class CreateOnCallNotificationRuleRequest(OpenApiModel):
    data: create_on_call_notification_rule_request_data.CreateOnCallNotificationRuleRequestData
