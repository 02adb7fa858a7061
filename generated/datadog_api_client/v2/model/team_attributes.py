from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class TeamAttributes(OpenApiModel):
    avatar: Annotated[str | None, Field(description="URL or reference for the team's avatar (if available).")] = None
    description: Annotated[str | None, Field(description="A short text describing the team.")] = None
    handle: Annotated[str | None, Field(description="A unique handle/slug for the team.")] = None
    name: Annotated[str | None, Field(description="The full, human-readable name of the team.")] = None
