from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user_create_attributes, user_relationships, users_type

_REFERENCES = {
    "user_create_attributes": "user_create_attributes",
    "user_relationships": "user_relationships",
    "users_type": "users_type",
}


class UserCreateData(OpenApiModel):
    attributes: user_create_attributes.UserCreateAttributes
    relationships: user_relationships.UserRelationships | None = None
    type: users_type.UsersType
