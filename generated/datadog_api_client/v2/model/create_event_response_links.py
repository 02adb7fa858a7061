from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class CreateEventResponseLinks(OpenApiModel):
    self: Annotated[
        str | None,
        Field(description="The URL of the event. This link is only functional when using the default subdomain."),
    ] = None
