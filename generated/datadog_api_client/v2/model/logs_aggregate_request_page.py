from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class LogsAggregateRequestPage(OpenApiModel):
    cursor: Annotated[
        str | None,
        Field(
            description="The returned paging point to use to get the next results. Note: at most 1000 results can be paged."
        ),
    ] = None
