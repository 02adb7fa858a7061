from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user

_REFERENCES = {"user": "user"}


class ListUsersResponse(OpenApiModel):
    users: Annotated[list[user.User] | None, Field(description="Array of users.")] = None
