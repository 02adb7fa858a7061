from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_event_response_event

_REFERENCES = {"create_event_response_event": "create_event_response_event"}


class CreateEventResponse(OpenApiModel):
    event: create_event_response_event.CreateEventResponseEvent | None = None
    status: Annotated[str | None, Field(description="A status.")] = None
