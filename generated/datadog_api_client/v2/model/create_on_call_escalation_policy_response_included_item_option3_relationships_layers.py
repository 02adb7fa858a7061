from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import create_on_call_escalation_policy_response_included_item_option3_relationships_layers_data_item


class CreateOnCallEscalationPolicyResponseIncludedItemOption3RelationshipsLayers(OpenApiModel):
    data: Annotated[
        list[
            create_on_call_escalation_policy_response_included_item_option3_relationships_layers_data_item.CreateOnCallEscalationPolicyResponseIncludedItemOption3RelationshipsLayersDataItem
        ]
        | None,
        Field(description="An array of layer references for this schedule."),
    ] = None
