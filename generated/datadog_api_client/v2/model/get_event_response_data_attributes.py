from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        get_event_response_data_attributes_attributes_option1,
        get_event_response_data_attributes_attributes_option2,
    )

_REFERENCES = {
    "get_event_response_data_attributes_attributes_option1": "get_event_response_data_attributes_attributes_option1",
    "get_event_response_data_attributes_attributes_option2": "get_event_response_data_attributes_attributes_option2",
}


class GetEventResponseDataAttributes(OpenApiModel):
    attributes: Annotated[
        get_event_response_data_attributes_attributes_option1.GetEventResponseDataAttributesAttributesOption1
        | get_event_response_data_attributes_attributes_option2.GetEventResponseDataAttributesAttributesOption2
        | None,
        Field(description="JSON object for category-specific attributes."),
    ] = None
    message: Annotated[str | None, Field(description="Free-form text associated with the event.")] = None
    tags: Annotated[list[str] | None, Field(description="A list of tags associated with the event.")] = None
    timestamp: Annotated[str | None, Field(description="Timestamp when the event occurred.")] = None
