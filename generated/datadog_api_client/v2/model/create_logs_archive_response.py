from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_logs_archives_response_data_item

_REFERENCES = {"list_logs_archives_response_data_item": "list_logs_archives_response_data_item"}


class CreateLogsArchiveResponse(OpenApiModel):
    data: list_logs_archives_response_data_item.ListLogsArchivesResponseDataItem | None = None
