from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class DORAListDeploymentsRequestAttributes(OpenApiModel):
    from_: Annotated[datetime | None, Field(alias="from", description="Minimum timestamp for requested events.")] = None
    limit: Annotated[int | None, Field(description="Maximum number of events in the response.")] = None
    query: Annotated[str | None, Field(description="Search query with event platform syntax.")] = None
    sort: Annotated[str | None, Field(description="Sort order (prefixed with `-` for descending).")] = None
    to: Annotated[datetime | None, Field(description="Maximum timestamp for requested events.")] = None
