from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_aggregation_function, rum_compute_type

_REFERENCES = {"rum_aggregation_function": "rum_aggregation_function", "rum_compute_type": "rum_compute_type"}


class RUMCompute(OpenApiModel):
    aggregation: rum_aggregation_function.RUMAggregationFunction
    interval: Annotated[
        str | None,
        Field(
            description="The time buckets' size (only used for type=timeseries) Defaults to a resolution of 150 points."
        ),
    ] = None
    metric: Annotated[str | None, Field(description="The metric to use.")] = None
    type: rum_compute_type.RUMComputeType | None = None
