from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class EventsQueryFilter(OpenApiModel):
    from_: Annotated[
        str | None,
        Field(
            alias="from",
            description="The minimum time for the requested events. Supports date math and regular timestamps in milliseconds.",
        ),
    ] = None
    query: Annotated[str | None, Field(description="The search query following the event search syntax.")] = None
    to: Annotated[
        str | None,
        Field(
            description="The maximum time for the requested events. Supports date math and regular timestamps in milliseconds."
        ),
    ] = None
