from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import escalation_policy_create_request_data_attributes_steps_items

_REFERENCES = {
    "escalation_policy_create_request_data_attributes_steps_items": "escalation_policy_create_request_data_attributes_steps_items"
}


class EscalationPolicyCreateRequestDataAttributes(OpenApiModel):
    name: Annotated[str, Field(description="Specifies the name for the new escalation policy.")]
    resolve_page_on_policy_end: Annotated[
        bool | None, Field(description="Indicates whether the page is automatically resolved when the policy ends.")
    ] = None
    retries: Annotated[
        int | None,
        Field(description="Specifies how many times the escalation sequence is retried if there is no response."),
    ] = None
    steps: Annotated[
        list[
            escalation_policy_create_request_data_attributes_steps_items.EscalationPolicyCreateRequestDataAttributesStepsItems
        ],
        Field(
            description="A list of escalation steps, each defining assignment, escalation timeout, and targets for the new policy."
        ),
    ]
