from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import service_account_create_attributes, user_relationships, users_type

_REFERENCES = {
    "service_account_create_attributes": "service_account_create_attributes",
    "user_relationships": "user_relationships",
    "users_type": "users_type",
}


class ServiceAccountCreateData(OpenApiModel):
    attributes: service_account_create_attributes.ServiceAccountCreateAttributes
    relationships: user_relationships.UserRelationships | None = None
    type: users_type.UsersType
