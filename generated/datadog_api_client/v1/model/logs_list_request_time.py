from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class LogsListRequestTime(OpenApiModel):
    from_: Annotated[datetime, Field(alias="from", description="Minimum timestamp for requested logs.")]
    timezone: Annotated[
        str | None,
        Field(
            description='Timezone can be specified both as an offset (for example "UTC+03:00") or a regional zone (for example "Europe/Paris").'
        ),
    ] = None
    to: Annotated[datetime, Field(description="Maximum timestamp for requested logs.")]
