from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import event_create_request

_REFERENCES = {"event_create_request": "event_create_request"}


class EventCreateRequestPayload(OpenApiModel):
    data: event_create_request.EventCreateRequest
