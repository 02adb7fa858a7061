from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class APIErrorResponse2(OpenApiModel):
    errors: Annotated[list[str], Field(description="A list of errors.")]
