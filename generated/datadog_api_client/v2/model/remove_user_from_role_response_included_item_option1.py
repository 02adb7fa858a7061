from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    get_team_on_call_users_response_included_item_option1_relationships_org_data_type,
    remove_user_from_role_response_included_item_option1_attributes,
)


class RemoveUserFromRoleResponseIncludedItemOption1(OpenApiModel):
    attributes: (
        remove_user_from_role_response_included_item_option1_attributes.RemoveUserFromRoleResponseIncludedItemOption1Attributes
        | None
    ) = None
    id: Annotated[str | None, Field(description="ID of the organization.")] = None
    type: (
        get_team_on_call_users_response_included_item_option1_relationships_org_data_type.GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOrgDataType
    )
