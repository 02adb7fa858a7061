from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        on_call_notification_rule_category,
        on_call_notification_rule_request_attributes_channel_settings_option1,
    )

_REFERENCES = {
    "on_call_notification_rule_category": "on_call_notification_rule_category",
    "on_call_notification_rule_request_attributes_channel_settings_option1": "on_call_notification_rule_request_attributes_channel_settings_option1",
}


class UpdateOnCallNotificationRuleRequestAttributes(OpenApiModel):
    category: on_call_notification_rule_category.OnCallNotificationRuleCategory | None = None
    channel_settings: Annotated[
        on_call_notification_rule_request_attributes_channel_settings_option1.OnCallNotificationRuleRequestAttributesChannelSettingsOption1
        | None,
        Field(description="Configuration for the associated channel, if necessary"),
    ] = None
    delay_minutes: Annotated[
        int | None,
        Field(
            description="The number of minutes that will elapse before this rule is evaluated. 0 indicates immediate evaluation"
        ),
    ] = None
