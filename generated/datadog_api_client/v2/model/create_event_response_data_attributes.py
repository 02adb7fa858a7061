from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_event_response_data_attributes_attributes

_REFERENCES = {"create_event_response_data_attributes_attributes": "create_event_response_data_attributes_attributes"}


class CreateEventResponseDataAttributes(OpenApiModel):
    attributes: create_event_response_data_attributes_attributes.CreateEventResponseDataAttributesAttributes | None = (
        None
    )
