from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import api_error_response_errors_item_source

_REFERENCES = {"api_error_response_errors_item_source": "api_error_response_errors_item_source"}


class APIErrorResponseErrorsItem(OpenApiModel):
    detail: Annotated[
        str | None, Field(description="A human-readable explanation specific to this occurrence of the error.")
    ] = None
    meta: Annotated[dict[str, Any] | None, Field(description="Non-standard meta-information about the error")] = None
    source: api_error_response_errors_item_source.APIErrorResponseErrorsItemSource | None = None
    status: Annotated[str | None, Field(description="Status code of the response.")] = None
    title: Annotated[str | None, Field(description="Short human-readable summary of the error.")] = None
