from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import role_create_attributes, role_relationships, roles_type

_REFERENCES = {
    "role_create_attributes": "role_create_attributes",
    "role_relationships": "role_relationships",
    "roles_type": "roles_type",
}


class RoleCreateData(OpenApiModel):
    attributes: role_create_attributes.RoleCreateAttributes
    relationships: role_relationships.RoleRelationships | None = None
    type: roles_type.RolesType | None = None
