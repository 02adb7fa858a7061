from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    get_team_on_call_users_response_included_item_option1_attributes,
    get_team_on_call_users_response_included_item_option1_relationships,
    users_type,
)


class ListPowerpacksResponseIncludedItem(OpenApiModel):
    attributes: (
        get_team_on_call_users_response_included_item_option1_attributes.GetTeamOnCallUsersResponseIncludedItemOption1Attributes
        | None
    ) = None
    id: Annotated[str | None, Field(description="ID of the user.")] = None
    relationships: (
        get_team_on_call_users_response_included_item_option1_relationships.GetTeamOnCallUsersResponseIncludedItemOption1Relationships
        | None
    ) = None
    type: users_type.UsersType | None = None
