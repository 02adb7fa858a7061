from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import audit_logs_query_page_options, audit_logs_sort, ci_app_pipelines_query_filter, ci_app_query_options


class CIAppPipelineEventsRequest(OpenApiModel):
    filter: ci_app_pipelines_query_filter.CIAppPipelinesQueryFilter | None = None
    options: ci_app_query_options.CIAppQueryOptions | None = None
    page: audit_logs_query_page_options.AuditLogsQueryPageOptions | None = None
    sort: audit_logs_sort.AuditLogsSort | None = None
