from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        get_team_on_call_users_response_data_relationships_escalations_data_item_type,
        get_team_on_call_users_response_included_item_option2_relationships,
    )

_REFERENCES = {
    "get_team_on_call_users_response_data_relationships_escalations_data_item_type": "get_team_on_call_users_response_data_relationships_escalations_data_item_type",
    "get_team_on_call_users_response_included_item_option2_relationships": "get_team_on_call_users_response_included_item_option2_relationships",
}


class GetTeamOnCallUsersResponseIncludedItemOption2(OpenApiModel):
    id: Annotated[str | None, Field(description="Unique identifier of the escalation step.")] = None
    relationships: (
        get_team_on_call_users_response_included_item_option2_relationships.GetTeamOnCallUsersResponseIncludedItemOption2Relationships
        | None
    ) = None
    type: (
        get_team_on_call_users_response_data_relationships_escalations_data_item_type.GetTeamOnCallUsersResponseDataRelationshipsEscalationsDataItemType
    )
