from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import step_relationships_targets_data_item_option3_type

_REFERENCES = {"step_relationships_targets_data_item_option3_type": "step_relationships_targets_data_item_option3_type"}


class StepRelationshipsTargetsDataItemOption3(OpenApiModel):
    id: Annotated[str, Field(description="Specifies the unique identifier of the schedule resource.")]
    type: step_relationships_targets_data_item_option3_type.StepRelationshipsTargetsDataItemOption3Type
