from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_create_request_data

_REFERENCES = {"schedule_create_request_data": "schedule_create_request_data"}


class ScheduleCreateRequest(OpenApiModel):
    data: schedule_create_request_data.ScheduleCreateRequestData
