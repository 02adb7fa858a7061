from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import IntEnum


class ServiceCheckStatus(IntEnum):
    OK = 0
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3

    _missing_ = unknown_enum_member
