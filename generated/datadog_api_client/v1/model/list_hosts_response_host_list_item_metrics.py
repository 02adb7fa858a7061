from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ListHostsResponseHostListItemMetrics(OpenApiModel):
    cpu: Annotated[float | None, Field(description="The percent of CPU used (everything but idle).")] = None
    iowait: Annotated[
        float | None, Field(description="The percent of CPU spent waiting on the IO (not reported for all platforms).")
    ] = None
    load: Annotated[float | None, Field(description="The system load over the last 15 minutes.")] = None
