from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class LogsListRequestPage(OpenApiModel):
    cursor: Annotated[
        str | None, Field(description="List following results with a cursor provided in the previous query.")
    ] = None
    limit: Annotated[int | None, Field(description="Maximum number of logs in the response.")] = None
