from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import get_event_response_data


class GetEventResponse(OpenApiModel):
    data: get_event_response_data.GetEventResponseData | None = None
