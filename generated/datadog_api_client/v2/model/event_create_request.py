from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import event_create_request_type, event_payload

_REFERENCES = {"event_create_request_type": "event_create_request_type", "event_payload": "event_payload"}


class EventCreateRequest(OpenApiModel):
    attributes: event_payload.EventPayload
    type: event_create_request_type.EventCreateRequestType
