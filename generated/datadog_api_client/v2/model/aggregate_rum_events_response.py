from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import aggregate_rum_events_response_data, audits_response_links, audits_response_meta

_REFERENCES = {
    "aggregate_rum_events_response_data": "aggregate_rum_events_response_data",
    "audits_response_links": "audits_response_links",
    "audits_response_meta": "audits_response_meta",
}


class AggregateRUMEventsResponse(OpenApiModel):
    data: aggregate_rum_events_response_data.AggregateRUMEventsResponseData | None = None
    links: audits_response_links.AuditsResponseLinks | None = None
    meta: audits_response_meta.AuditsResponseMeta | None = None
