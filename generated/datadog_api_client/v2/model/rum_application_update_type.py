from __future__ import annotations
from enum import StrEnum


class RUMApplicationUpdateType(StrEnum):
    RUM_APPLICATION_UPDATE = "rum_application_update"
