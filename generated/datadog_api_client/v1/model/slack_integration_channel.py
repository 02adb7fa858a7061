from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import slack_integration_channel_display

_REFERENCES = {"slack_integration_channel_display": "slack_integration_channel_display"}


class SlackIntegrationChannel(OpenApiModel):
    display: slack_integration_channel_display.SlackIntegrationChannelDisplay | None = None
    name: Annotated[str | None, Field(description="Your channel name.")] = None
