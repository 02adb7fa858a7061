from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_team_on_call_users_response_data_relationships_escalations_data_item

_REFERENCES = {
    "get_team_on_call_users_response_data_relationships_escalations_data_item": "get_team_on_call_users_response_data_relationships_escalations_data_item"
}


class GetTeamOnCallUsersResponseDataRelationshipsEscalations(OpenApiModel):
    data: Annotated[
        list[
            get_team_on_call_users_response_data_relationships_escalations_data_item.GetTeamOnCallUsersResponseDataRelationshipsEscalationsDataItem
        ]
        | None,
        Field(description="Array of escalation step references."),
    ] = None
