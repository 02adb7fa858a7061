from __future__ import annotations
from enum import StrEnum


class DeploymentGateDataType(StrEnum):
    DEPLOYMENT_GATE = "deployment_gate"
