from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import relationship_to_user


class ApplicationKeysResponseDataItemRelationships(OpenApiModel):
    owned_by: relationship_to_user.RelationshipToUser | None = None
