from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_status_page_request_data

_REFERENCES = {"create_status_page_request_data": "create_status_page_request_data"}


class CreateStatusPageRequest(OpenApiModel):
    data: create_status_page_request_data.CreateStatusPageRequestData | None = None
