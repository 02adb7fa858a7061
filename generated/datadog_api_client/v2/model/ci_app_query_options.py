from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class CIAppQueryOptions(OpenApiModel):
    time_offset: Annotated[int | None, Field(description="The time offset (in seconds) to apply to the query.")] = None
    timezone: Annotated[
        str | None,
        Field(
            description="The timezone can be specified as GMT, UTC, an offset from UTC (like UTC+1), or as a Timezone Database identifier (like America/New_York)."
        ),
    ] = None
