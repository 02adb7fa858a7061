from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class ListDeploymentRuleAttributesRulesItemType(StrEnum):
    FAULTY_DEPLOYMENT_DETECTION = "faulty_deployment_detection"
    MONITOR = "monitor"

    _missing_ = unknown_enum_member
