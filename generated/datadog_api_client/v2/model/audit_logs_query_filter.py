from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class AuditLogsQueryFilter(OpenApiModel):
    from_: Annotated[
        str | None,
        Field(
            alias="from",
            description="Minimum time for the requested events. Supports date, math, and regular timestamps (in milliseconds).",
        ),
    ] = None
    query: Annotated[str | None, Field(description="Search query following the Audit Logs search syntax.")] = None
    to: Annotated[
        str | None,
        Field(
            description="Maximum time for the requested events. Supports date, math, and regular timestamps (in milliseconds)."
        ),
    ] = None
