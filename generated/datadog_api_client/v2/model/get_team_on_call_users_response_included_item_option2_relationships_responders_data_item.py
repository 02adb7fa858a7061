from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_team_on_call_users_response_included_item_option2_relationships_responders_data_item_type

_REFERENCES = {
    "get_team_on_call_users_response_included_item_option2_relationships_responders_data_item_type": "get_team_on_call_users_response_included_item_option2_relationships_responders_data_item_type"
}


class GetTeamOnCallUsersResponseIncludedItemOption2RelationshipsRespondersDataItem(OpenApiModel):
    id: Annotated[str, Field(description="Unique identifier of the user assigned to the escalation step.")]
    type: (
        get_team_on_call_users_response_included_item_option2_relationships_responders_data_item_type.GetTeamOnCallUsersResponseIncludedItemOption2RelationshipsRespondersDataItemType
    )
