from __future__ import annotations
from typing import Annotated
from pydantic import Field, RootModel
from . import slack_integration_channel
from datadog_api_client.model_utils import import_references

_REFERENCES = {"slack_integration_channel": "slack_integration_channel"}
import_references(__name__)


class GetSlackIntegrationChannelsResponse(RootModel[list[slack_integration_channel.SlackIntegrationChannel]]):
    root: Annotated[
        list[slack_integration_channel.SlackIntegrationChannel],
        Field(description="A list of configured Slack channels.", title="GetSlackIntegrationChannelsResponse"),
    ]
