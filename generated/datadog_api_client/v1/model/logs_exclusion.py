from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_exclusion_filter

_REFERENCES = {"logs_exclusion_filter": "logs_exclusion_filter"}


class LogsExclusion(OpenApiModel):
    filter: logs_exclusion_filter.LogsExclusionFilter | None = None
    is_enabled: Annotated[bool | None, Field(description="Whether or not the exclusion filter is active.")] = None
    name: Annotated[str, Field(description="Name of the index exclusion filter.")]
