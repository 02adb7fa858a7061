from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import role_attributes, role_relationships, roles_type

_REFERENCES = {
    "role_attributes": "role_attributes",
    "role_relationships": "role_relationships",
    "roles_type": "roles_type",
}


class Role(OpenApiModel):
    attributes: role_attributes.RoleAttributes | None = None
    id: Annotated[str | None, Field(description="The unique identifier of the role.")] = None
    relationships: role_relationships.RoleRelationships | None = None
    type: roles_type.RolesType
