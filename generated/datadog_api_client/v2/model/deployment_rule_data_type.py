from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from enum import StrEnum


class DeploymentRuleDataType(StrEnum):
    DEPLOYMENT_RULE = "deployment_rule"
