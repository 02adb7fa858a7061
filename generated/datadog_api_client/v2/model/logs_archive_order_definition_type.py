from __future__ import annotations
from enum import StrEnum


class LogsArchiveOrderDefinitionType(StrEnum):
    ARCHIVE_ORDER = "archive_order"
