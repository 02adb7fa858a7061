from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_events_response_events_item

_REFERENCES = {"list_events_response_events_item": "list_events_response_events_item"}


class ListEventsResponse(OpenApiModel):
    events: Annotated[
        list[list_events_response_events_item.ListEventsResponseEventsItem] | None,
        Field(description="An array of events."),
    ] = None
    status: Annotated[str | None, Field(description="A status.")] = None
