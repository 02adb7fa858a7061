from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import update_on_call_notification_rule_request_data

_REFERENCES = {"update_on_call_notification_rule_request_data": "update_on_call_notification_rule_request_data"}


class UpdateOnCallNotificationRuleRequest(OpenApiModel):
    data: update_on_call_notification_rule_request_data.UpdateOnCallNotificationRuleRequestData
