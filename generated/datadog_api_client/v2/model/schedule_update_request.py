from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_update_request_data

_REFERENCES = {"schedule_update_request_data": "schedule_update_request_data"}


class ScheduleUpdateRequest(OpenApiModel):
    data: schedule_update_request_data.ScheduleUpdateRequestData
