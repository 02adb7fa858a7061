from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_event_response_data_attributes

_REFERENCES = {"create_event_response_data_attributes": "create_event_response_data_attributes"}


class CreateEventResponseData(OpenApiModel):
    attributes: create_event_response_data_attributes.CreateEventResponseDataAttributes | None = None
    type: Annotated[str | None, Field(description="Entity type.")] = None
