from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class HostMuteSettings(OpenApiModel):
    end: Annotated[
        int | None,
        Field(
            description="POSIX timestamp in seconds when the host is unmuted. If omitted, the host remains muted until explicitly unmuted."
        ),
    ] = None
    message: Annotated[str | None, Field(description="Message to associate with the muting of this host.")] = None
    override: Annotated[
        bool | None, Field(description="If true and the host is already muted, replaces existing host mute settings.")
    ] = None
