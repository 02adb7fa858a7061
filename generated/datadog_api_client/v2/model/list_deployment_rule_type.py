from __future__ import annotations
from enum import StrEnum


class ListDeploymentRuleType(StrEnum):
    LIST_DEPLOYMENT_RULES = "list_deployment_rules"
