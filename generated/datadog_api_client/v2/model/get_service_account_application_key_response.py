from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    get_role_response_data,
    get_service_account_application_key_response_data,
    get_team_on_call_users_response_included_item_option1,
    list_service_account_application_keys_response_included_item_option3,
)


class GetServiceAccountApplicationKeyResponse(OpenApiModel):
    data: get_service_account_application_key_response_data.GetServiceAccountApplicationKeyResponseData | None = None
    included: Annotated[
        list[
            get_team_on_call_users_response_included_item_option1.GetTeamOnCallUsersResponseIncludedItemOption1
            | get_role_response_data.GetRoleResponseData
            | list_service_account_application_keys_response_included_item_option3.ListServiceAccountApplicationKeysResponseIncludedItemOption3
        ]
        | None,
        Field(description="Array of objects related to the application key."),
    ] = None
