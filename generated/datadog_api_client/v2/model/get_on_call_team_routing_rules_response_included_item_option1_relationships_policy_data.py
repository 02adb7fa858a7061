from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import get_on_call_team_routing_rules_response_included_item_option1_relationships_policy_data_type


class GetOnCallTeamRoutingRulesResponseIncludedItemOption1RelationshipsPolicyData(OpenApiModel):
    id: Annotated[str, Field(description="Specifies the unique identifier of the policy.")]
    type: (
        get_on_call_team_routing_rules_response_included_item_option1_relationships_policy_data_type.GetOnCallTeamRoutingRulesResponseIncludedItemOption1RelationshipsPolicyDataType
    )
