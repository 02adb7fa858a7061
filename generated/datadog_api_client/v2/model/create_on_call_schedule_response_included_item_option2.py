from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_on_call_escalation_policy_response_included_item_option3_relationships_layers_data_item_type,
    create_on_call_schedule_response_included_item_option2_attributes,
    create_on_call_schedule_response_included_item_option2_relationships,
)


class CreateOnCallScheduleResponseIncludedItemOption2(OpenApiModel):
    attributes: (
        create_on_call_schedule_response_included_item_option2_attributes.CreateOnCallScheduleResponseIncludedItemOption2Attributes
        | None
    ) = None
    id: Annotated[str | None, Field(description="A unique identifier for this layer.")] = None
    relationships: (
        create_on_call_schedule_response_included_item_option2_relationships.CreateOnCallScheduleResponseIncludedItemOption2Relationships
        | None
    ) = None
    type: (
        create_on_call_escalation_policy_response_included_item_option3_relationships_layers_data_item_type.CreateOnCallEscalationPolicyResponseIncludedItemOption3RelationshipsLayersDataItemType
    )
