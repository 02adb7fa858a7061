from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class RUMQueryFilter(OpenApiModel):
    from_: Annotated[
        str | None,
        Field(
            alias="from",
            description="The minimum time for the requested events; supports date (in [ISO 8601](https://www.w3.org/TR/NOTE-datetime) format with full date, hours, minutes, and the `Z` UTC indicator - seconds and fractional seconds are optional), math, and regular timestamps (in milliseconds).",
        ),
    ] = None
    query: Annotated[str | None, Field(description="The search query following the RUM search syntax.")] = None
    to: Annotated[
        str | None,
        Field(
            description="The maximum time for the requested events; supports date (in [ISO 8601](https://www.w3.org/TR/NOTE-datetime) format with full date, hours, minutes, and the `Z` UTC indicator - seconds and fractional seconds are optional), math, and regular timestamps (in milliseconds)."
        ),
    ] = None
