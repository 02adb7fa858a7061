from __future__ import annotations
from enum import StrEnum


class RUMApplicationCreateType(StrEnum):
    RUM_APPLICATION_CREATE = "rum_application_create"
