from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class CreateChildOrgResponseApplicationKey(OpenApiModel):
    hash: Annotated[str | None, Field(description="Hash of an application key.")] = None
    name: Annotated[str | None, Field(description="Name of an application key.")] = None
    owner: Annotated[str | None, Field(description="Owner of an application key.")] = None
