from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import ci_app_aggregation_function, ci_app_compute_type

_REFERENCES = {
    "ci_app_aggregation_function": "ci_app_aggregation_function",
    "ci_app_compute_type": "ci_app_compute_type",
}


class CIAppCompute(OpenApiModel):
    aggregation: ci_app_aggregation_function.CIAppAggregationFunction
    interval: Annotated[
        str | None,
        Field(
            description="The time buckets' size (only used for type=timeseries) Defaults to a resolution of 150 points."
        ),
    ] = None
    metric: Annotated[str | None, Field(description="The metric to use.")] = None
    type: ci_app_compute_type.CIAppComputeType | None = None
