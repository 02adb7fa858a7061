from __future__ import annotations
from enum import StrEnum


class RumApplicationsResponseDataItemType(StrEnum):
    RUM_APPLICATION = "rum_application"
