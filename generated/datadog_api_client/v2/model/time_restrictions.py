from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import time_restriction

_REFERENCES = {"time_restriction": "time_restriction"}


class TimeRestrictions(OpenApiModel):
    restrictions: Annotated[
        list[time_restriction.TimeRestriction], Field(description="Defines the list of time-based restrictions.")
    ]
    time_zone: Annotated[str, Field(description="Specifies the time zone applicable to the restrictions.")]
