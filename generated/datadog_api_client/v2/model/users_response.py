from __future__ import annotations
from datadog_api_client.model_utils import OneOf, UnparsedObject
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import org, permission, role, roles_response_meta, user

_REFERENCES = {
    "org": "org",
    "permission": "permission",
    "role": "role",
    "roles_response_meta": "roles_response_meta",
    "user": "user",
}


class UsersResponse(OpenApiModel):
    data: Annotated[list[user.User] | None, Field(description="Array of returned users.")] = None
    included: Annotated[
        list[
            Annotated[
                org.Org | permission.Permission | role.Role | UnparsedObject,
                OneOf("type", tags=("orgs", "permissions", "roles")),
            ]
        ]
        | None,
        Field(description="Array of objects related to the users."),
    ] = None
    meta: roles_response_meta.RolesResponseMeta | None = None
