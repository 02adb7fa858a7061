from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class WidgetLiveSpan(StrEnum):
    VALUE_1_M = "1m"
    VALUE_5_M = "5m"
    VALUE_10_M = "10m"
    VALUE_15_M = "15m"
    VALUE_30_M = "30m"
    PAST_ONE_HOUR = "1h"
    VALUE_4_H = "4h"
    VALUE_1_D = "1d"
    VALUE_2_D = "2d"
    VALUE_1_W = "1w"
    VALUE_1_MO = "1mo"
    VALUE_3_MO = "3mo"
    VALUE_6_MO = "6mo"
    VALUE_1_Y = "1y"
    ALERT = "alert"

    _missing_ = unknown_enum_member
