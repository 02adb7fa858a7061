from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_event_response_data

_REFERENCES = {"get_event_response_data": "get_event_response_data"}


class GetEventResponse(OpenApiModel):
    data: get_event_response_data.GetEventResponseData | None = None
