from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import component_relationships_created_by_user_data

_REFERENCES = {"component_relationships_created_by_user_data": "component_relationships_created_by_user_data"}


class ComponentRelationshipsCreatedByUser(OpenApiModel):
    data: component_relationships_created_by_user_data.ComponentRelationshipsCreatedByUserData
