from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import policy_relationships_steps_data_item_type, step_attributes, step_relationships

_REFERENCES = {
    "policy_relationships_steps_data_item_type": "policy_relationships_steps_data_item_type",
    "step_attributes": "step_attributes",
    "step_relationships": "step_relationships",
}


class Step(OpenApiModel):
    attributes: step_attributes.StepAttributes | None = None
    id: Annotated[str | None, Field(description="Specifies the unique identifier of this escalation policy step.")] = (
        None
    )
    relationships: step_relationships.StepRelationships | None = None
    type: policy_relationships_steps_data_item_type.PolicyRelationshipsStepsDataItemType
