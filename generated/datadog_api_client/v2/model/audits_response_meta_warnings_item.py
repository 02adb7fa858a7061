from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class AuditsResponseMetaWarningsItem(OpenApiModel):
    code: Annotated[str | None, Field(description="Unique code for this type of warning.")] = None
    detail: Annotated[str | None, Field(description="Detailed explanation of this specific warning.")] = None
    title: Annotated[str | None, Field(description="Short human-readable summary of the warning.")] = None
