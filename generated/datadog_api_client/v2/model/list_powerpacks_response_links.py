from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ListPowerpacksResponseLinks(OpenApiModel):
    first: Annotated[str | None, Field(description="Link to last page.")] = None
    last: Annotated[str | None, Field(description="Link to first page.")] = None
    next: Annotated[str | None, Field(description="Link for the next set of results.")] = None
    prev: Annotated[str | None, Field(description="Link for the previous set of results.")] = None
    self: Annotated[str | None, Field(description="Link to current page.")] = None
