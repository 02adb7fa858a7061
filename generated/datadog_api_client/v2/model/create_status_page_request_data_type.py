from __future__ import annotations
from enum import StrEnum


class CreateStatusPageRequestDataType(StrEnum):
    STATUS_PAGES = "status_pages"
