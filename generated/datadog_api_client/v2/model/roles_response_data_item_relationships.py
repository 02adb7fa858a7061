from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import relationship_to_permissions


class RolesResponseDataItemRelationships(OpenApiModel):
    permissions: relationship_to_permissions.RelationshipToPermissions | None = None
