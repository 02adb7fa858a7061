from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class APIErrorResponseErrorsItemSource(OpenApiModel):
    header: Annotated[
        str | None, Field(description="A string indicating the name of a single request header which caused the error.")
    ] = None
    parameter: Annotated[
        str | None, Field(description="A string indicating which URI query parameter caused the error.")
    ] = None
    pointer: Annotated[
        str | None, Field(description="A JSON pointer to the value in the request document that caused the error.")
    ] = None
