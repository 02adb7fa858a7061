from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import relationship_to_permission_data

_REFERENCES = {"relationship_to_permission_data": "relationship_to_permission_data"}


class RelationshipToPermission(OpenApiModel):
    data: relationship_to_permission_data.RelationshipToPermissionData | None = None
