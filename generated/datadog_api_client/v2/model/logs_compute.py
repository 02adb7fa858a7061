from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_aggregation_function, logs_compute_type

_REFERENCES = {"logs_aggregation_function": "logs_aggregation_function", "logs_compute_type": "logs_compute_type"}


class LogsCompute(OpenApiModel):
    aggregation: logs_aggregation_function.LogsAggregationFunction
    interval: Annotated[
        str | None,
        Field(
            description="The time buckets' size (only used for type=timeseries) Defaults to a resolution of 150 points"
        ),
    ] = None
    metric: Annotated[str | None, Field(description="The metric to use")] = None
    type: logs_compute_type.LogsComputeType | None = None
