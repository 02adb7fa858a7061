from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ListAPIsResponseMetaPagination(OpenApiModel):
    limit: Annotated[int | None, Field(description="Number of items in the current page.")] = None
    offset: Annotated[int | None, Field(description="Offset for pagination.")] = None
    total_count: Annotated[int | None, Field(description="Total number of items.")] = None
