from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_list_request_page, logs_query_filter, logs_query_options, logs_sort

_REFERENCES = {
    "logs_list_request_page": "logs_list_request_page",
    "logs_query_filter": "logs_query_filter",
    "logs_query_options": "logs_query_options",
    "logs_sort": "logs_sort",
}


class LogsListRequest(OpenApiModel):
    filter: logs_query_filter.LogsQueryFilter | None = None
    options: logs_query_options.LogsQueryOptions | None = None
    page: logs_list_request_page.LogsListRequestPage | None = None
    sort: logs_sort.LogsSort | None = None
