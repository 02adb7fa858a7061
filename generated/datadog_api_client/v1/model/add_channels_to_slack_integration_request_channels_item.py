from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class AddChannelsToSlackIntegrationRequestChannelsItem(OpenApiModel):
    account: Annotated[str, Field(description="Account to which the channel belongs to.")]
    channel_name: Annotated[str, Field(description="Your channel name.")]
    transfer_all_user_comments: Annotated[
        bool | None,
        Field(
            description="To be notified for every comment on a graph, set it to `true`. If set to `False` use the `@slack-channel_name` syntax for comments to be posted to slack."
        ),
    ] = None
