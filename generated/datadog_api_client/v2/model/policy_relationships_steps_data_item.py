from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import policy_relationships_steps_data_item_type

_REFERENCES = {"policy_relationships_steps_data_item_type": "policy_relationships_steps_data_item_type"}


class PolicyRelationshipsStepsDataItem(OpenApiModel):
    id: Annotated[str, Field(description="Specifies the unique identifier for the step resource.")]
    type: policy_relationships_steps_data_item_type.PolicyRelationshipsStepsDataItemType
