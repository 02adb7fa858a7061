from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class InvalidQueryPerformedResponse(OpenApiModel):
    code: Annotated[int, Field(description="Error code.")]
    message: Annotated[str, Field(description="Error message.")]
