from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import role_create_attributes, role_relationships, roles_type

_REFERENCES = {
    "role_create_attributes": "role_create_attributes",
    "role_relationships": "role_relationships",
    "roles_type": "roles_type",
}


class CreateRoleResponseData(OpenApiModel):
    attributes: role_create_attributes.RoleCreateAttributes | None = None
    id: Annotated[str | None, Field(description="The unique identifier of the role.")] = None
    relationships: role_relationships.RoleRelationships | None = None
    type: roles_type.RolesType
