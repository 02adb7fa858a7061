from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_event_response_data_attributes_attributes_evt

_REFERENCES = {
    "create_event_response_data_attributes_attributes_evt": "create_event_response_data_attributes_attributes_evt"
}


class CreateEventResponseDataAttributesAttributes(OpenApiModel):
    evt: create_event_response_data_attributes_attributes_evt.CreateEventResponseDataAttributesAttributesEvt | None = (
        None
    )
