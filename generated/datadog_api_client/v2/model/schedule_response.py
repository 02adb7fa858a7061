from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        layer,
        schedule,
        schedule_response_included_item_option3,
        schedule_response_included_item_option4,
        team,
    )

_REFERENCES = {
    "layer": "layer",
    "schedule": "schedule",
    "schedule_response_included_item_option3": "schedule_response_included_item_option3",
    "schedule_response_included_item_option4": "schedule_response_included_item_option4",
    "team": "team",
}


class ScheduleResponse(OpenApiModel):
    data: schedule.Schedule | None = None
    included: Annotated[
        list[
            team.Team
            | layer.Layer
            | schedule_response_included_item_option3.ScheduleResponseIncludedItemOption3
            | schedule_response_included_item_option4.ScheduleResponseIncludedItemOption4
        ]
        | None,
        Field(description="Any additional resources related to this schedule, such as teams and layers."),
    ] = None
