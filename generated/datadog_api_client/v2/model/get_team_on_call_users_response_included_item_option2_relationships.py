from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_team_on_call_users_response_data_relationships_responders

_REFERENCES = {
    "get_team_on_call_users_response_data_relationships_responders": "get_team_on_call_users_response_data_relationships_responders"
}


class GetTeamOnCallUsersResponseIncludedItemOption2Relationships(OpenApiModel):
    responders: (
        get_team_on_call_users_response_data_relationships_responders.GetTeamOnCallUsersResponseDataRelationshipsResponders
        | None
    ) = None
