from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field, RootModel
from . import get_slack_integration_channels_response_item
from datadog_api_client.model_utils import import_references

_REFERENCES = {"get_slack_integration_channels_response_item": "get_slack_integration_channels_response_item"}
import_references(__name__)


class GetSlackIntegrationChannelsResponse(
    RootModel[list[get_slack_integration_channels_response_item.GetSlackIntegrationChannelsResponseItem]]
):
    root: Annotated[
        list[get_slack_integration_channels_response_item.GetSlackIntegrationChannelsResponseItem],
        Field(description="A list of configured Slack channels.", title="GetSlackIntegrationChannelsResponse"),
    ]
