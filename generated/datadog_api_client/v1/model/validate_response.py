from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ValidateResponse(OpenApiModel):
    valid: Annotated[bool | None, Field(description="Return `true` if the authentication response is valid.")] = None
