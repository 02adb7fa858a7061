from __future__ import annotations
from enum import StrEnum


class LogsArchiveDestinationAzureType(StrEnum):
    AZURE = "azure"
