from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ShiftAttributes(OpenApiModel):
    end: Annotated[datetime | None, Field(description="The end time of the shift.")] = None
    start: Annotated[datetime | None, Field(description="The start time of the shift.")] = None
