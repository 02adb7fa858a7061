from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import update_status_page_request_data

_REFERENCES = {"update_status_page_request_data": "update_status_page_request_data"}


class UpdateStatusPageRequest(OpenApiModel):
    data: update_status_page_request_data.UpdateStatusPageRequestData | None = None
