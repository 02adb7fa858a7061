from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import escalation_policy_step_target_config_schedule

_REFERENCES = {"escalation_policy_step_target_config_schedule": "escalation_policy_step_target_config_schedule"}


class EscalationPolicyStepTargetConfig(OpenApiModel):
    schedule: escalation_policy_step_target_config_schedule.EscalationPolicyStepTargetConfigSchedule | None = None
