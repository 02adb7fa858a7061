from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ErrorsOccurredResponseErrorsItem(OpenApiModel):
    detail: Annotated[str | None, Field(description="Error message.")] = None
    status: Annotated[str | None, Field(description="Error code.")] = None
    title: Annotated[str | None, Field(description="Error title.")] = None
