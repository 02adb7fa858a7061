from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import ci_app_aggregation_function, logs_aggregate_sort_type, logs_sort_order

_REFERENCES = {
    "ci_app_aggregation_function": "ci_app_aggregation_function",
    "logs_aggregate_sort_type": "logs_aggregate_sort_type",
    "logs_sort_order": "logs_sort_order",
}


class CIAppPipelinesGroupBySort(OpenApiModel):
    aggregation: ci_app_aggregation_function.CIAppAggregationFunction | None = None
    metric: Annotated[str | None, Field(description="The metric to sort by (only used for `type=measure`).")] = None
    order: logs_sort_order.LogsSortOrder | None = None
    type: logs_aggregate_sort_type.LogsAggregateSortType | None = None
