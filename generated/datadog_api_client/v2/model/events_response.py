from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import audits_response_links, event, events_response_meta

_REFERENCES = {
    "audits_response_links": "audits_response_links",
    "event": "event",
    "events_response_meta": "events_response_meta",
}


class EventsResponse(OpenApiModel):
    data: Annotated[list[event.Event] | None, Field(description="An array of events matching the request.")] = None
    links: audits_response_links.AuditsResponseLinks | None = None
    meta: events_response_meta.EventsResponseMeta | None = None
