from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class LogsExclusionFilter(OpenApiModel):
    query: Annotated[
        str | None,
        Field(
            description="Default query is `*`, meaning all logs flowing in the index would be excluded. Scope down exclusion filter to only a subset of logs with a log query."
        ),
    ] = None
    sample_rate: Annotated[
        float,
        Field(
            description="Sample rate to apply to logs going through this exclusion filter, a value of 1.0 excludes all logs matching the query."
        ),
    ]
