from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import ci_app_pipelines_query_filter, ci_app_query_options, ci_app_query_page_options, ci_app_sort

_REFERENCES = {
    "ci_app_pipelines_query_filter": "ci_app_pipelines_query_filter",
    "ci_app_query_options": "ci_app_query_options",
    "ci_app_query_page_options": "ci_app_query_page_options",
    "ci_app_sort": "ci_app_sort",
}


class CIAppPipelineEventsRequest(OpenApiModel):
    filter: ci_app_pipelines_query_filter.CIAppPipelinesQueryFilter | None = None
    options: ci_app_query_options.CIAppQueryOptions | None = None
    page: ci_app_query_page_options.CIAppQueryPageOptions | None = None
    sort: ci_app_sort.CIAppSort | None = None
