from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import relationship_to_role_data


class RelationshipToRole(OpenApiModel):
    data: relationship_to_role_data.RelationshipToRoleData | None = None
