from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option4_type,
)


class CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption4(OpenApiModel):
    id: Annotated[str, Field(description="Specifies the unique identifier of the configured schedule target.")]
    type: (
        create_on_call_escalation_policy_response_included_item_option1_relationships_targets_data_item_option4_type.CreateOnCallEscalationPolicyResponseIncludedItemOption1RelationshipsTargetsDataItemOption4Type
    )
