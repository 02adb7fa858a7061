from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import weekday

_REFERENCES = {"weekday": "weekday"}


class TimeRestriction(OpenApiModel):
    end_day: weekday.Weekday | None = None
    end_time: Annotated[str | None, Field(description="Specifies the ending time for this restriction.")] = None
    start_day: weekday.Weekday | None = None
    start_time: Annotated[str | None, Field(description="Specifies the starting time for this restriction.")] = None
