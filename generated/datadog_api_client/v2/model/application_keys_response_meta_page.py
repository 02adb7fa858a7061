from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ApplicationKeysResponseMetaPage(OpenApiModel):
    total_filtered_count: Annotated[int | None, Field(description="Total filtered application key count.")] = None
