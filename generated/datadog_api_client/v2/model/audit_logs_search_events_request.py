from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import audit_logs_query_filter, audit_logs_query_options, audit_logs_query_page_options, audit_logs_sort

_REFERENCES = {
    "audit_logs_query_filter": "audit_logs_query_filter",
    "audit_logs_query_options": "audit_logs_query_options",
    "audit_logs_query_page_options": "audit_logs_query_page_options",
    "audit_logs_sort": "audit_logs_sort",
}


class AuditLogsSearchEventsRequest(OpenApiModel):
    filter: audit_logs_query_filter.AuditLogsQueryFilter | None = None
    options: audit_logs_query_options.AuditLogsQueryOptions | None = None
    page: audit_logs_query_page_options.AuditLogsQueryPageOptions | None = None
    sort: audit_logs_sort.AuditLogsSort | None = None
