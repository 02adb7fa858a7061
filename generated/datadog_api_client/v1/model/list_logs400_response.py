from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_logs400_response_error

_REFERENCES = {"list_logs400_response_error": "list_logs400_response_error"}


class ListLogs400Response(OpenApiModel):
    error: list_logs400_response_error.ListLogs400ResponseError | None = None
