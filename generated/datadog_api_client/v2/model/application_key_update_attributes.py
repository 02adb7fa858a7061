from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ApplicationKeyUpdateAttributes(OpenApiModel):
    name: Annotated[str | None, Field(description="Name of the application key.")] = None
    scopes: Annotated[list[str] | None, Field(description="Array of scopes to grant the application key.")] = None
