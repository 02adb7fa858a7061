from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import audit_logs_query_page_options, audit_logs_sort, rum_query_filter, rum_query_options


class RUMSearchEventsRequest(OpenApiModel):
    filter: rum_query_filter.RUMQueryFilter | None = None
    options: rum_query_options.RUMQueryOptions | None = None
    page: audit_logs_query_page_options.AuditLogsQueryPageOptions | None = None
    sort: audit_logs_sort.AuditLogsSort | None = None
