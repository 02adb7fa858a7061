from __future__ import annotations
from datadog_api_client.model_utils import OneOf, UnparsedObject
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_team_on_call_users_response_data, get_team_on_call_users_response_included_item_option2, user

_REFERENCES = {
    "get_team_on_call_users_response_data": "get_team_on_call_users_response_data",
    "get_team_on_call_users_response_included_item_option2": "get_team_on_call_users_response_included_item_option2",
    "user": "user",
}


class GetTeamOnCallUsersResponse(OpenApiModel):
    data: get_team_on_call_users_response_data.GetTeamOnCallUsersResponseData | None = None
    included: Annotated[
        list[
            Annotated[
                user.User
                | get_team_on_call_users_response_included_item_option2.GetTeamOnCallUsersResponseIncludedItemOption2
                | UnparsedObject,
                OneOf("type", tags=("users", "escalation_policy_steps")),
            ]
        ]
        | None,
        Field(description="The `TeamOnCallResponders` `included`."),
    ] = None
