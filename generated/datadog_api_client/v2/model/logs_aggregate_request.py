from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_aggregate_request_page, logs_compute, logs_group_by, logs_query_filter, logs_query_options

_REFERENCES = {
    "logs_aggregate_request_page": "logs_aggregate_request_page",
    "logs_compute": "logs_compute",
    "logs_group_by": "logs_group_by",
    "logs_query_filter": "logs_query_filter",
    "logs_query_options": "logs_query_options",
}


class LogsAggregateRequest(OpenApiModel):
    compute: Annotated[
        list[logs_compute.LogsCompute] | None,
        Field(description="The list of metrics or timeseries to compute for the retrieved buckets."),
    ] = None
    filter: logs_query_filter.LogsQueryFilter | None = None
    group_by: Annotated[list[logs_group_by.LogsGroupBy] | None, Field(description="The rules for the group by")] = None
    options: logs_query_options.LogsQueryOptions | None = None
    page: logs_aggregate_request_page.LogsAggregateRequestPage | None = None
