from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import relationship_to_role_data

_REFERENCES = {"relationship_to_role_data": "relationship_to_role_data"}


class RelationshipToRole(OpenApiModel):
    data: relationship_to_role_data.RelationshipToRoleData | None = None
