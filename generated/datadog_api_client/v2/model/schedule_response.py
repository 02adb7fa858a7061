from __future__ import annotations
from datadog_api_client.model_utils import OneOf, UnparsedObject
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import layer, policy_response_included_item_option2, schedule, schedule_response_included_item_option3, team

_REFERENCES = {
    "layer": "layer",
    "policy_response_included_item_option2": "policy_response_included_item_option2",
    "schedule": "schedule",
    "schedule_response_included_item_option3": "schedule_response_included_item_option3",
    "team": "team",
}


class ScheduleResponse(OpenApiModel):
    data: schedule.Schedule | None = None
    included: Annotated[
        list[
            Annotated[
                team.Team
                | layer.Layer
                | schedule_response_included_item_option3.ScheduleResponseIncludedItemOption3
                | policy_response_included_item_option2.PolicyResponseIncludedItemOption2
                | UnparsedObject,
                OneOf("type", tags=("teams", "layers", "members", "users")),
            ]
        ]
        | None,
        Field(description="Any additional resources related to this schedule, such as teams and layers."),
    ] = None
