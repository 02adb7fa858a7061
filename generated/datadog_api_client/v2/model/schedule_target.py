from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        schedule_target_attributes,
        schedule_target_relationships,
        step_relationships_targets_data_item_option4_type,
    )

_REFERENCES = {
    "schedule_target_attributes": "schedule_target_attributes",
    "schedule_target_relationships": "schedule_target_relationships",
    "step_relationships_targets_data_item_option4_type": "step_relationships_targets_data_item_option4_type",
}


class ScheduleTarget(OpenApiModel):
    attributes: schedule_target_attributes.ScheduleTargetAttributes
    id: Annotated[str, Field(description="Specifies the unique identifier of the configured schedule target.")]
    relationships: schedule_target_relationships.ScheduleTargetRelationships
    type: step_relationships_targets_data_item_option4_type.StepRelationshipsTargetsDataItemOption4Type
