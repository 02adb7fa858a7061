from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import role_relationships, role_update_attributes, roles_type

_REFERENCES = {
    "role_relationships": "role_relationships",
    "role_update_attributes": "role_update_attributes",
    "roles_type": "roles_type",
}


class UpdateRoleResponseData(OpenApiModel):
    attributes: role_update_attributes.RoleUpdateAttributes | None = None
    id: Annotated[str | None, Field(description="The unique identifier of the role.")] = None
    relationships: role_relationships.RoleRelationships | None = None
    type: roles_type.RolesType
