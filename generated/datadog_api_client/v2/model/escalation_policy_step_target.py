from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import escalation_policy_step_target_config, escalation_policy_step_target_type

_REFERENCES = {
    "escalation_policy_step_target_config": "escalation_policy_step_target_config",
    "escalation_policy_step_target_type": "escalation_policy_step_target_type",
}


class EscalationPolicyStepTarget(OpenApiModel):
    config: escalation_policy_step_target_config.EscalationPolicyStepTargetConfig | None = None
    id: Annotated[str | None, Field(description="Specifies the unique identifier for this target.")] = None
    type: escalation_policy_step_target_type.EscalationPolicyStepTargetType | None = None
