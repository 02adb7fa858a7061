from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class DashboardListAuthor(OpenApiModel):
    email: Annotated[str | None, Field(description="Email of the creator.")] = None
    handle: Annotated[str | None, Field(description="Handle of the creator.")] = None
    name: Annotated[str | None, Field(description="Name of the creator.")] = None
