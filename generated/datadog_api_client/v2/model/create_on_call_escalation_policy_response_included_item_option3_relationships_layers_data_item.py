from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import create_on_call_escalation_policy_response_included_item_option3_relationships_layers_data_item_type


class CreateOnCallEscalationPolicyResponseIncludedItemOption3RelationshipsLayersDataItem(OpenApiModel):
    id: Annotated[str, Field(description="The unique identifier of the layer in this relationship.")]
    type: (
        create_on_call_escalation_policy_response_included_item_option3_relationships_layers_data_item_type.CreateOnCallEscalationPolicyResponseIncludedItemOption3RelationshipsLayersDataItemType
    )
