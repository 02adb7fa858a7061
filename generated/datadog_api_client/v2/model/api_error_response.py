from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import api_error_response_errors_item

_REFERENCES = {"api_error_response_errors_item": "api_error_response_errors_item"}


class APIErrorResponse(OpenApiModel):
    errors: Annotated[
        list[api_error_response_errors_item.APIErrorResponseErrorsItem], Field(description="A list of errors.")
    ]
