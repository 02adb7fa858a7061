from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import add_channels_to_slack_integration_request_channels_item

_REFERENCES = {
    "add_channels_to_slack_integration_request_channels_item": "add_channels_to_slack_integration_request_channels_item"
}


class AddChannelsToSlackIntegrationRequest(OpenApiModel):
    channels: Annotated[
        list[add_channels_to_slack_integration_request_channels_item.AddChannelsToSlackIntegrationRequestChannelsItem]
        | None,
        Field(description="An array of slack channel configurations."),
    ] = None
