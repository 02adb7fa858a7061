from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class HostTags(OpenApiModel):
    host: Annotated[str | None, Field(description="Your host name.")] = None
    tags: Annotated[list[str] | None, Field(description="A list of tags associated with a host.")] = None
