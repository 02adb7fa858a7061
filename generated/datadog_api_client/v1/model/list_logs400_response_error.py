from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ListLogs400ResponseError(OpenApiModel):
    code: Annotated[str | None, Field(description="Code identifying the error")] = None
    details: Annotated[list[dict[str, Any]] | None, Field(description="Additional error details")] = None
    message: Annotated[str | None, Field(description="Error message")] = None
