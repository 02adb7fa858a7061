from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ScheduleAttributes(OpenApiModel):
    name: Annotated[str | None, Field(description="A short name for the schedule.")] = None
    time_zone: Annotated[str | None, Field(description="The time zone in which this schedule operates.")] = None
