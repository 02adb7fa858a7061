from __future__ import annotations
from datadog_api_client.model_utils import OneOf, UnparsedObject
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        data_relationships_teams_data_items,
        relationship_to_user_data,
        step_relationships_targets_data_item_option3,
        step_relationships_targets_data_item_option4,
    )

_REFERENCES = {
    "data_relationships_teams_data_items": "data_relationships_teams_data_items",
    "relationship_to_user_data": "relationship_to_user_data",
    "step_relationships_targets_data_item_option3": "step_relationships_targets_data_item_option3",
    "step_relationships_targets_data_item_option4": "step_relationships_targets_data_item_option4",
}


class StepRelationshipsTargets(OpenApiModel):
    data: Annotated[
        list[
            Annotated[
                data_relationships_teams_data_items.DataRelationshipsTeamsDataItems
                | relationship_to_user_data.RelationshipToUserData
                | step_relationships_targets_data_item_option3.StepRelationshipsTargetsDataItemOption3
                | step_relationships_targets_data_item_option4.StepRelationshipsTargetsDataItemOption4
                | UnparsedObject,
                OneOf("type", tags=("teams", "users", "schedules", "schedule_target")),
            ]
        ]
        | None,
        Field(description="The `EscalationTargets` `data`."),
    ] = None
