from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_archive_order_attributes, logs_archive_order_definition_type

_REFERENCES = {
    "logs_archive_order_attributes": "logs_archive_order_attributes",
    "logs_archive_order_definition_type": "logs_archive_order_definition_type",
}


class LogsArchiveOrderDefinition(OpenApiModel):
    attributes: logs_archive_order_attributes.LogsArchiveOrderAttributes
    type: logs_archive_order_definition_type.LogsArchiveOrderDefinitionType
