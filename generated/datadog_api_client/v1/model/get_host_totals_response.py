from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class GetHostTotalsResponse(OpenApiModel):
    total_active: Annotated[
        int | None, Field(description="Total number of active host (UP and ???) reporting to Datadog.")
    ] = None
    total_up: Annotated[int | None, Field(description="Number of host that are UP and reporting to Datadog.")] = None
