from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    get_role_response_data,
    get_team_on_call_users_response_included_item_option1,
    remove_user_from_role_response_included_item_option1,
    remove_user_from_role_response_included_item_option2,
)


class CreateServiceAccountResponse(OpenApiModel):
    data: get_team_on_call_users_response_included_item_option1.GetTeamOnCallUsersResponseIncludedItemOption1 | None = (
        None
    )
    included: Annotated[
        list[
            remove_user_from_role_response_included_item_option1.RemoveUserFromRoleResponseIncludedItemOption1
            | remove_user_from_role_response_included_item_option2.RemoveUserFromRoleResponseIncludedItemOption2
            | get_role_response_data.GetRoleResponseData
        ]
        | None,
        Field(description="Array of objects related to the user."),
    ] = None
