from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import events_query_filter, events_query_options, events_request_page, events_sort

_REFERENCES = {
    "events_query_filter": "events_query_filter",
    "events_query_options": "events_query_options",
    "events_request_page": "events_request_page",
    "events_sort": "events_sort",
}


class EventsListRequest(OpenApiModel):
    filter: events_query_filter.EventsQueryFilter | None = None
    options: events_query_options.EventsQueryOptions | None = None
    page: events_request_page.EventsRequestPage | None = None
    sort: events_sort.EventsSort | None = None
