from __future__ import annotations
from enum import StrEnum


class CIAppCreatePipelineEventRequestDataType(StrEnum):
    CIPIPELINE_RESOURCE_REQUEST = "cipipeline_resource_request"
