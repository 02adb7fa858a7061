from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_event_response_data, create_event_response_links

_REFERENCES = {
    "create_event_response_data": "create_event_response_data",
    "create_event_response_links": "create_event_response_links",
}


class CreateEventResponse(OpenApiModel):
    data: create_event_response_data.CreateEventResponseData | None = None
    links: create_event_response_links.CreateEventResponseLinks | None = None
