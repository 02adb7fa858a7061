from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user_attributes, user_relationships2, users_type

_REFERENCES = {
    "user_attributes": "user_attributes",
    "user_relationships2": "user_relationships2",
    "users_type": "users_type",
}


class User(OpenApiModel):
    attributes: user_attributes.UserAttributes | None = None
    id: Annotated[str | None, Field(description="ID of the user.")] = None
    relationships: user_relationships2.UserRelationships2 | None = None
    type: users_type.UsersType | None = None
