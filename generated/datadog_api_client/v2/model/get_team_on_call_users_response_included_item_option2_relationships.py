from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import get_team_on_call_users_response_included_item_option2_relationships_responders


class GetTeamOnCallUsersResponseIncludedItemOption2Relationships(OpenApiModel):
    responders: (
        get_team_on_call_users_response_included_item_option2_relationships_responders.GetTeamOnCallUsersResponseIncludedItemOption2RelationshipsResponders
        | None
    ) = None
