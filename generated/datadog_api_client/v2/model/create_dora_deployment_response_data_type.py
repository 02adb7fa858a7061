from __future__ import annotations
from enum import StrEnum


class CreateDORADeploymentResponseDataType(StrEnum):
    DORA_DEPLOYMENT = "dora_deployment"
