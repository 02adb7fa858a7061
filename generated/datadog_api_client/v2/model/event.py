from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import event_attributes, event_create_request_type

_REFERENCES = {"event_attributes": "event_attributes", "event_create_request_type": "event_create_request_type"}


class Event(OpenApiModel):
    attributes: event_attributes.EventAttributes | None = None
    id: Annotated[str | None, Field(description="the unique ID of the event.")] = None
    type: event_create_request_type.EventCreateRequestType | None = None
