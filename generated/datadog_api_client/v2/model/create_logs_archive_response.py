from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_logs_archive_response_data

_REFERENCES = {"create_logs_archive_response_data": "create_logs_archive_response_data"}


class CreateLogsArchiveResponse(OpenApiModel):
    data: create_logs_archive_response_data.CreateLogsArchiveResponseData | None = None
