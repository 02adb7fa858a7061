from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_target_relationships_schedule

_REFERENCES = {"schedule_target_relationships_schedule": "schedule_target_relationships_schedule"}


class ScheduleTargetRelationships(OpenApiModel):
    schedule: schedule_target_relationships_schedule.ScheduleTargetRelationshipsSchedule
