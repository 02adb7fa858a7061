from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class LogsAggregationFunction(StrEnum):
    COUNT = "count"
    CARDINALITY = "cardinality"
    PC75 = "pc75"
    PERCENTILE_90 = "pc90"
    PC95 = "pc95"
    PC98 = "pc98"
    PC99 = "pc99"
    SUM = "sum"
    MIN = "min"
    MAX = "max"
    AVG = "avg"
    MEDIAN = "median"

    _missing_ = unknown_enum_member
