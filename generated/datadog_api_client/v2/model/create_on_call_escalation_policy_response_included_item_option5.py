from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_on_call_escalation_policy_response_included_item_option5_attributes,
    data_relationships_teams_data_items_type,
)


class CreateOnCallEscalationPolicyResponseIncludedItemOption5(OpenApiModel):
    attributes: (
        create_on_call_escalation_policy_response_included_item_option5_attributes.CreateOnCallEscalationPolicyResponseIncludedItemOption5Attributes
        | None
    ) = None
    id: Annotated[str | None, Field(description="The team's unique identifier.")] = None
    type: data_relationships_teams_data_items_type.DataRelationshipsTeamsDataItemsType
