from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import slack_integration_channel_display


class SlackIntegrationChannel(OpenApiModel):
    display: slack_integration_channel_display.SlackIntegrationChannelDisplay | None = None
    name: Annotated[str | None, Field(description="Your channel name.")] = None
