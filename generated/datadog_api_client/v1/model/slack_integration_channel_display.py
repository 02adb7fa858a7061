from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class SlackIntegrationChannelDisplay(OpenApiModel):
    message: Annotated[bool | None, Field(description="Show the main body of the alert event.")] = None
    mute_buttons: Annotated[
        bool | None, Field(description="Show interactive buttons to mute the alerting monitor.")
    ] = None
    notified: Annotated[bool | None, Field(description="Show the list of @-handles in the alert event.")] = None
    snapshot: Annotated[bool | None, Field(description="Show the alert event's snapshot image.")] = None
    tags: Annotated[bool | None, Field(description="Show the scopes on which the monitor alerted.")] = None
