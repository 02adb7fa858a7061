from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ListHostTagsResponse(OpenApiModel):
    tags: Annotated[dict[str, list[str]] | None, Field(description="A mapping of tags to host names")] = None
