from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_archive_order_definition

_REFERENCES = {"logs_archive_order_definition": "logs_archive_order_definition"}


class LogsArchiveOrder(OpenApiModel):
    data: logs_archive_order_definition.LogsArchiveOrderDefinition | None = None
