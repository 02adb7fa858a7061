from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class CreateStatusPageRequestDataAttributesVisualizationType(StrEnum):
    BARS_AND_UPTIME_PERCENTAGE = "bars_and_uptime_percentage"
    BARS_ONLY = "bars_only"
    COMPONENT_NAME_ONLY = "component_name_only"

    _missing_ = unknown_enum_member
