from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class AuditsResponseMetaPage(OpenApiModel):
    after: Annotated[
        str | None,
        Field(
            description="The cursor to use to get the next results, if any. To make the next request, use the same parameters with the addition of `page[cursor]`."
        ),
    ] = None
