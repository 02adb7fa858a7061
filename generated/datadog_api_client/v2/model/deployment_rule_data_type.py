from __future__ import annotations
from enum import StrEnum


class DeploymentRuleDataType(StrEnum):
    DEPLOYMENT_RULE = "deployment_rule"
