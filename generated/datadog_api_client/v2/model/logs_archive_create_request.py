from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_archive_create_request_definition

_REFERENCES = {"logs_archive_create_request_definition": "logs_archive_create_request_definition"}


class LogsArchiveCreateRequest(OpenApiModel):
    data: logs_archive_create_request_definition.LogsArchiveCreateRequestDefinition | None = None
