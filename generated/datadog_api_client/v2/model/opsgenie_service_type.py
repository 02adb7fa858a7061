from __future__ import annotations
from enum import StrEnum


class OpsgenieServiceType(StrEnum):
    OPSGENIE_SERVICE = "opsgenie-service"
