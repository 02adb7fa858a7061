from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        list_powerpacks_response_included_item,
        org,
        role,
        roles_response_meta,
        users_response_included_item_option2,
    )

_REFERENCES = {
    "list_powerpacks_response_included_item": "list_powerpacks_response_included_item",
    "org": "org",
    "role": "role",
    "roles_response_meta": "roles_response_meta",
    "users_response_included_item_option2": "users_response_included_item_option2",
}


class UsersResponse(OpenApiModel):
    data: Annotated[
        list[list_powerpacks_response_included_item.ListPowerpacksResponseIncludedItem] | None,
        Field(description="Array of returned users."),
    ] = None
    included: Annotated[
        list[org.Org | users_response_included_item_option2.UsersResponseIncludedItemOption2 | role.Role] | None,
        Field(description="Array of objects related to the users."),
    ] = None
    meta: roles_response_meta.RolesResponseMeta | None = None
