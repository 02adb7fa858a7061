from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_users_response_users_item

_REFERENCES = {"list_users_response_users_item": "list_users_response_users_item"}


class ListUsersResponse(OpenApiModel):
    users: Annotated[
        list[list_users_response_users_item.ListUsersResponseUsersItem] | None, Field(description="Array of users.")
    ] = None
