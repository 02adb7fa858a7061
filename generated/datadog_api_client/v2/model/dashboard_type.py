from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class DashboardType(StrEnum):
    CUSTOM_TIMEBOARD = "custom_timeboard"
    CUSTOM_SCREENBOARD = "custom_screenboard"
    INTEGRATION_SCREENBOARD = "integration_screenboard"
    INTEGRATION_TIMEBOARD = "integration_timeboard"
    HOST_TIMEBOARD = "host_timeboard"

    _missing_ = unknown_enum_member
