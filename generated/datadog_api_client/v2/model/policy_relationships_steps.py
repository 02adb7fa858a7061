from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import policy_relationships_steps_data_item

_REFERENCES = {"policy_relationships_steps_data_item": "policy_relationships_steps_data_item"}


class PolicyRelationshipsSteps(OpenApiModel):
    data: Annotated[
        list[policy_relationships_steps_data_item.PolicyRelationshipsStepsDataItem] | None,
        Field(description="An array of references to the steps defined in this escalation policy."),
    ] = None
