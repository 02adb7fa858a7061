from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        event_payload_attributes_option2_links_item,
        event_payload_attributes_option2_priority,
        event_payload_attributes_option2_status,
    )

_REFERENCES = {
    "event_payload_attributes_option2_links_item": "event_payload_attributes_option2_links_item",
    "event_payload_attributes_option2_priority": "event_payload_attributes_option2_priority",
    "event_payload_attributes_option2_status": "event_payload_attributes_option2_status",
}


class EventPayloadAttributesOption2(OpenApiModel):
    custom: Annotated[
        dict[str, Any] | None,
        Field(
            description="Free form JSON object for arbitrary data. Supports up to 100 properties per object and a maximum nesting depth of 10 levels."
        ),
    ] = None
    links: Annotated[
        list[event_payload_attributes_option2_links_item.EventPayloadAttributesOption2LinksItem] | None,
        Field(description="The links related to the event. Maximum of 20 links allowed."),
    ] = None
    priority: event_payload_attributes_option2_priority.EventPayloadAttributesOption2Priority | None = None
    status: event_payload_attributes_option2_status.EventPayloadAttributesOption2Status
