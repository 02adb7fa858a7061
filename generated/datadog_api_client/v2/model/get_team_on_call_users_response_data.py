from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_team_on_call_users_response_data_relationships, get_team_on_call_users_response_data_type

_REFERENCES = {
    "get_team_on_call_users_response_data_relationships": "get_team_on_call_users_response_data_relationships",
    "get_team_on_call_users_response_data_type": "get_team_on_call_users_response_data_type",
}


class GetTeamOnCallUsersResponseData(OpenApiModel):
    id: Annotated[str | None, Field(description="Unique identifier of the on-call responder configuration.")] = None
    relationships: (
        get_team_on_call_users_response_data_relationships.GetTeamOnCallUsersResponseDataRelationships | None
    ) = None
    type: get_team_on_call_users_response_data_type.GetTeamOnCallUsersResponseDataType
