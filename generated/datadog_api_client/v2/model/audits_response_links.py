from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class AuditsResponseLinks(OpenApiModel):
    next: Annotated[
        str | None,
        Field(
            description="Link for the next set of results. Note that the request can also be made using the POST endpoint."
        ),
    ] = None
