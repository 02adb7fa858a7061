from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import relationship_to_roles


class UserRelationships(OpenApiModel):
    roles: relationship_to_roles.RelationshipToRoles | None = None
