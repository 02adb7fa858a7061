from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user_update_attributes, users_type

_REFERENCES = {"user_update_attributes": "user_update_attributes", "users_type": "users_type"}


class UserUpdateData(OpenApiModel):
    attributes: user_update_attributes.UserUpdateAttributes
    id: Annotated[str, Field(description="ID of the user.")]
    type: users_type.UsersType
