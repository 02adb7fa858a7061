from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class RolesResponseMetaPage(OpenApiModel):
    total_count: Annotated[int | None, Field(description="Total count.")] = None
    total_filtered_count: Annotated[int | None, Field(description="Total count of elements matched by the filter.")] = (
        None
    )
