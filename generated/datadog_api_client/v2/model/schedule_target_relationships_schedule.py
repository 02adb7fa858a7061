from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import step_relationships_targets_data_item_option3

_REFERENCES = {"step_relationships_targets_data_item_option3": "step_relationships_targets_data_item_option3"}


class ScheduleTargetRelationshipsSchedule(OpenApiModel):
    data: step_relationships_targets_data_item_option3.StepRelationshipsTargetsDataItemOption3
