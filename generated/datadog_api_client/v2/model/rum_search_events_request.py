from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import rum_query_filter, rum_query_options, rum_query_page_options, rum_sort

_REFERENCES = {
    "rum_query_filter": "rum_query_filter",
    "rum_query_options": "rum_query_options",
    "rum_query_page_options": "rum_query_page_options",
    "rum_sort": "rum_sort",
}


class RUMSearchEventsRequest(OpenApiModel):
    filter: rum_query_filter.RUMQueryFilter | None = None
    options: rum_query_options.RUMQueryOptions | None = None
    page: rum_query_page_options.RUMQueryPageOptions | None = None
    sort: rum_sort.RUMSort | None = None
