from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import users_type

_REFERENCES = {"users_type": "users_type"}


class RelationshipToUserData(OpenApiModel):
    id: Annotated[str, Field(description="A unique identifier that represents the user.")]
    type: users_type.UsersType
