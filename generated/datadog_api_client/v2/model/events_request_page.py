from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class EventsRequestPage(OpenApiModel):
    cursor: Annotated[str | None, Field(description="The returned paging point to use to get the next results.")] = None
    limit: Annotated[int | None, Field(description="The maximum number of logs in the response.")] = None
