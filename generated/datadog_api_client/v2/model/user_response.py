from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import org, role, user, users_response_included_item_option2

_REFERENCES = {
    "org": "org",
    "role": "role",
    "user": "user",
    "users_response_included_item_option2": "users_response_included_item_option2",
}


class UserResponse(OpenApiModel):
    data: user.User | None = None
    included: Annotated[
        list[org.Org | users_response_included_item_option2.UsersResponseIncludedItemOption2 | role.Role] | None,
        Field(description="Array of objects related to the user."),
    ] = None
