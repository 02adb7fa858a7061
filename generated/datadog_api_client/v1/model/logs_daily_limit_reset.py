from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class LogsDailyLimitReset(OpenApiModel):
    reset_time: Annotated[
        str | None,
        Field(
            description="String in `HH:00` format representing the time of day the daily limit should be reset. The hours must be between 00 and 23 (inclusive)."
        ),
    ] = None
    reset_utc_offset: Annotated[
        str | None,
        Field(
            description="String in `(-|+)HH:00` format representing the UTC offset to apply to the given reset time. The hours must be between -12 and +14 (inclusive)."
        ),
    ] = None
