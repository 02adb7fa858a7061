from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import relationship_to_permissions

_REFERENCES = {"relationship_to_permissions": "relationship_to_permissions"}


class RoleRelationships(OpenApiModel):
    permissions: relationship_to_permissions.RelationshipToPermissions | None = None
