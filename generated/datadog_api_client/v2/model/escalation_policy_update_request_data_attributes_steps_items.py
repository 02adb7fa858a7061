from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import escalation_policy_step_attributes_assignment, escalation_policy_step_target

_REFERENCES = {
    "escalation_policy_step_attributes_assignment": "escalation_policy_step_attributes_assignment",
    "escalation_policy_step_target": "escalation_policy_step_target",
}


class EscalationPolicyUpdateRequestDataAttributesStepsItems(OpenApiModel):
    assignment: escalation_policy_step_attributes_assignment.EscalationPolicyStepAttributesAssignment | None = None
    escalate_after_seconds: Annotated[
        int | None, Field(description="Defines how many seconds to wait before escalating to the next step.")
    ] = None
    id: Annotated[str | None, Field(description="Specifies the unique identifier of this step.")] = None
    targets: Annotated[
        list[escalation_policy_step_target.EscalationPolicyStepTarget],
        Field(description="Specifies the collection of escalation targets for this step."),
    ]
