from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ProcessesResponseMetaPage(OpenApiModel):
    after: Annotated[
        str | None,
        Field(
            description="The cursor used to get the next results, if any. To make the next request, use the same parameters with the addition of the `page[cursor]`."
        ),
    ] = None
    size: Annotated[int | None, Field(description="Number of results returned.")] = None
