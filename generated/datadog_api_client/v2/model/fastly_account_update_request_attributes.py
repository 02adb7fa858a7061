from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class FastlyAccountUpdateRequestAttributes(OpenApiModel):
    api_key: Annotated[str | None, Field(description="The API key of the Fastly account.")] = None
    name: Annotated[str | None, Field(description="The name of the Fastly account.")] = None
