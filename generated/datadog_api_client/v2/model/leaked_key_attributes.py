from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class LeakedKeyAttributes(OpenApiModel):
    date: Annotated[datetime, Field(description="The LeakedKeyAttributes date.")]
    leak_source: Annotated[str | None, Field(description="The LeakedKeyAttributes leak_source.")] = None
