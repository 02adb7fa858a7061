from __future__ import annotations
from enum import StrEnum


class DORAListFailuresRequestDataType(StrEnum):
    DORA_FAILURES_LIST_REQUEST = "dora_failures_list_request"
