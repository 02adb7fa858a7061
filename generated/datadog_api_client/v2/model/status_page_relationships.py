from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import relationship_to_user

_REFERENCES = {"relationship_to_user": "relationship_to_user"}


class StatusPageRelationships(OpenApiModel):
    created_by_user: relationship_to_user.RelationshipToUser | None = None
    last_modified_by_user: relationship_to_user.RelationshipToUser | None = None
