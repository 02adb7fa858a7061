from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import step_relationships_targets_data_item_option4_type

_REFERENCES = {"step_relationships_targets_data_item_option4_type": "step_relationships_targets_data_item_option4_type"}


class StepRelationshipsTargetsDataItemOption4(OpenApiModel):
    id: Annotated[str, Field(description="Specifies the unique identifier of the configured schedule target.")]
    type: step_relationships_targets_data_item_option4_type.StepRelationshipsTargetsDataItemOption4Type
