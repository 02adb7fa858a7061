from __future__ import annotations
from datadog_api_client.model_utils import OneOf, UnparsedObject
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import org, permission, role, user

_REFERENCES = {"org": "org", "permission": "permission", "role": "role", "user": "user"}


class UserResponse(OpenApiModel):
    data: user.User | None = None
    included: Annotated[
        list[
            Annotated[
                org.Org | permission.Permission | role.Role | UnparsedObject,
                OneOf("type", tags=("orgs", "permissions", "roles")),
            ]
        ]
        | None,
        Field(description="Array of objects related to the user."),
    ] = None
