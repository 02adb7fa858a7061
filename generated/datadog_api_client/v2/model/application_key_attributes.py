from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ApplicationKeyAttributes(OpenApiModel):
    created_at: Annotated[str | None, Field(description="Creation date of the application key.")] = None
    last4: Annotated[str | None, Field(description="The last four characters of the application key.")] = None
    last_used_at: Annotated[str | None, Field(description="Last usage timestamp of the application key.")] = None
    name: Annotated[str | None, Field(description="Name of the application key.")] = None
    scopes: Annotated[list[str] | None, Field(description="Array of scopes to grant the application key.")] = None
