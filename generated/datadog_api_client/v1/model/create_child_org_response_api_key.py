from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class CreateChildOrgResponseApiKey(OpenApiModel):
    created: Annotated[str | None, Field(description="Date of creation of the API key.")] = None
    created_by: Annotated[str | None, Field(description="Datadog user handle that created the API key.")] = None
    key: Annotated[str | None, Field(description="API key.")] = None
    name: Annotated[str | None, Field(description="Name of your API key.")] = None
