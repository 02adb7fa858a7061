from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_target_position

_REFERENCES = {"schedule_target_position": "schedule_target_position"}


class ScheduleTargetAttributes(OpenApiModel):
    position: schedule_target_position.ScheduleTargetPosition
