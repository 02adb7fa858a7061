from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import escalation_policy_create_request_data

_REFERENCES = {"escalation_policy_create_request_data": "escalation_policy_create_request_data"}


class EscalationPolicyCreateRequest(OpenApiModel):
    data: escalation_policy_create_request_data.EscalationPolicyCreateRequestData
