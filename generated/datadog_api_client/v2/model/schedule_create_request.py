from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import schedule_create_request_data


class ScheduleCreateRequest(OpenApiModel):
    data: schedule_create_request_data.ScheduleCreateRequestData
