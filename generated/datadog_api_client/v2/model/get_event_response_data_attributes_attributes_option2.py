from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        event_payload_attributes_option2_priority,
        event_payload_attributes_option2_status,
        get_event_response_data_attributes_attributes_option1_evt,
        get_event_response_data_attributes_attributes_option2_links_item,
    )

_REFERENCES = {
    "event_payload_attributes_option2_priority": "event_payload_attributes_option2_priority",
    "event_payload_attributes_option2_status": "event_payload_attributes_option2_status",
    "get_event_response_data_attributes_attributes_option1_evt": "get_event_response_data_attributes_attributes_option1_evt",
    "get_event_response_data_attributes_attributes_option2_links_item": "get_event_response_data_attributes_attributes_option2_links_item",
}


class GetEventResponseDataAttributesAttributesOption2(OpenApiModel):
    aggregation_key: Annotated[str | None, Field(description="Aggregation key of the event.")] = None
    custom: Annotated[dict[str, Any] | None, Field(description="JSON object of custom attributes.")] = None
    evt: (
        get_event_response_data_attributes_attributes_option1_evt.GetEventResponseDataAttributesAttributesOption1Evt
        | None
    ) = None
    links: Annotated[
        list[
            get_event_response_data_attributes_attributes_option2_links_item.GetEventResponseDataAttributesAttributesOption2LinksItem
        ]
        | None,
        Field(description="The links related to the event."),
    ] = None
    priority: event_payload_attributes_option2_priority.EventPayloadAttributesOption2Priority | None = None
    service: Annotated[str | None, Field(description="Service that triggered the event.")] = None
    status: event_payload_attributes_option2_status.EventPayloadAttributesOption2Status | None = None
    timestamp: Annotated[int | None, Field(description="POSIX timestamp of the event.")] = None
    title: Annotated[str | None, Field(description="The title of the event.")] = None
