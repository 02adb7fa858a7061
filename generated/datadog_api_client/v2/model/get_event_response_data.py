from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_event_response_data_attributes

_REFERENCES = {"get_event_response_data_attributes": "get_event_response_data_attributes"}


class GetEventResponseData(OpenApiModel):
    attributes: get_event_response_data_attributes.GetEventResponseDataAttributes | None = None
    id: Annotated[str | None, Field(description="The event's ID.")] = None
    type: Annotated[str | None, Field(description="Entity type.")] = None
