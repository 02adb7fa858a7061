from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class MuteHostResponse(OpenApiModel):
    action: Annotated[str | None, Field(description="Action applied to the hosts.")] = None
    end: Annotated[int | None, Field(description="POSIX timestamp in seconds when the host is unmuted.")] = None
    hostname: Annotated[str | None, Field(description="The host name.")] = None
    message: Annotated[str | None, Field(description="Message associated with the mute.")] = None
