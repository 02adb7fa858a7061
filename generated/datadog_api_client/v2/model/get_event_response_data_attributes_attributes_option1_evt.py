from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import event_category, event_payload_integration_id

_REFERENCES = {"event_category": "event_category", "event_payload_integration_id": "event_payload_integration_id"}


class GetEventResponseDataAttributesAttributesOption1Evt(OpenApiModel):
    category: event_category.EventCategory | None = None
    id: Annotated[
        str | None,
        Field(
            description="Event identifier. This field is deprecated and will be removed in a future version. Use the `uid` field instead."
        ),
    ] = None
    integration_id: event_payload_integration_id.EventPayloadIntegrationId | None = None
    source_id: Annotated[int | None, Field(description="The source type ID of the event.")] = None
    uid: Annotated[
        str | None,
        Field(
            description="A unique identifier for the event. You can use this identifier to query or reference the event."
        ),
    ] = None
