from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        change_event_custom_attributes,
        event_category,
        event_payload_attributes_option2,
        event_payload_integration_id,
    )

_REFERENCES = {
    "change_event_custom_attributes": "change_event_custom_attributes",
    "event_category": "event_category",
    "event_payload_attributes_option2": "event_payload_attributes_option2",
    "event_payload_integration_id": "event_payload_integration_id",
}


class EventPayload(OpenApiModel):
    aggregation_key: Annotated[
        str | None,
        Field(
            description="A string used for aggregation when [correlating](https://docs.datadoghq.com/service_management/events/correlation/) events. If you specify a key, events are deduplicated to alerts based on this key. Limited to 100 characters."
        ),
    ] = None
    attributes: Annotated[
        change_event_custom_attributes.ChangeEventCustomAttributes
        | event_payload_attributes_option2.EventPayloadAttributesOption2,
        Field(description="JSON object for category-specific attributes. Schema is different per event category."),
    ]
    category: event_category.EventCategory
    host: Annotated[
        str | None,
        Field(
            description="Host name to associate with the event. Any tags associated with the host are also applied to this event. Limited to 255 characters."
        ),
    ] = None
    integration_id: event_payload_integration_id.EventPayloadIntegrationId | None = None
    message: Annotated[
        str | None,
        Field(
            description="Free formed text associated with the event. It's suggested to use `data.attributes.attributes.custom` for well-structured attributes. Limited to 4000 characters."
        ),
    ] = None
    tags: Annotated[
        list[str] | None,
        Field(
            description="A list of tags associated with the event. Maximum of 100 tags allowed. Refer to [Tags docs](https://docs.datadoghq.com/getting_started/tagging/)."
        ),
    ] = None
    timestamp: Annotated[
        str | None,
        Field(
            description='Timestamp when the event occurred. Must follow [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. For example `"2017-01-15T01:30:15.010000Z"`. Defaults to the timestamp of receipt. Limited to values no older than 18 hours.'
        ),
    ] = None
    title: Annotated[str, Field(description="The title of the event. Limited to 500 characters.")]
