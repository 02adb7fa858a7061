from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_aggregate_sort_type, logs_aggregation_function, logs_sort_order

_REFERENCES = {
    "logs_aggregate_sort_type": "logs_aggregate_sort_type",
    "logs_aggregation_function": "logs_aggregation_function",
    "logs_sort_order": "logs_sort_order",
}


class LogsAggregateSort(OpenApiModel):
    aggregation: logs_aggregation_function.LogsAggregationFunction | None = None
    metric: Annotated[str | None, Field(description="The metric to sort by (only used for `type=measure`)")] = None
    order: logs_sort_order.LogsSortOrder | None = None
    type: logs_aggregate_sort_type.LogsAggregateSortType | None = None
