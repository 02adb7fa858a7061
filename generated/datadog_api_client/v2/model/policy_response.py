from __future__ import annotations
from datadog_api_client.model_utils import OneOf, UnparsedObject
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import policy, policy_response_included_item_option2, schedule, schedule_target, step, team

_REFERENCES = {
    "policy": "policy",
    "policy_response_included_item_option2": "policy_response_included_item_option2",
    "schedule": "schedule",
    "schedule_target": "schedule_target",
    "step": "step",
    "team": "team",
}


class PolicyResponse(OpenApiModel):
    data: policy.Policy | None = None
    included: Annotated[
        list[
            Annotated[
                step.Step
                | policy_response_included_item_option2.PolicyResponseIncludedItemOption2
                | schedule.Schedule
                | schedule_target.ScheduleTarget
                | team.Team
                | UnparsedObject,
                OneOf("type", tags=("steps", "users", "schedules", "schedule_target", "teams")),
            ]
        ]
        | None,
        Field(
            description="Provides any included related resources, such as steps or targets, returned with the policy."
        ),
    ] = None
