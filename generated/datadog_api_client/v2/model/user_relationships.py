from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import relationship_to_roles

_REFERENCES = {"relationship_to_roles": "relationship_to_roles"}


class UserRelationships(OpenApiModel):
    roles: relationship_to_roles.RelationshipToRoles | None = None
