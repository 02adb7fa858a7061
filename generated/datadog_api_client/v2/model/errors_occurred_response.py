from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import errors_occurred_response_errors_item

_REFERENCES = {"errors_occurred_response_errors_item": "errors_occurred_response_errors_item"}


class ErrorsOccurredResponse(OpenApiModel):
    errors: Annotated[
        list[errors_occurred_response_errors_item.ErrorsOccurredResponseErrorsItem] | None,
        Field(description="Structured errors."),
    ] = None
