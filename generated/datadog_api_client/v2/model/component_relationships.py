from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_component_request_data_relationships_group,
        degradation_relationships_status_page,
        relationship_to_user,
    )

_REFERENCES = {
    "create_component_request_data_relationships_group": "create_component_request_data_relationships_group",
    "degradation_relationships_status_page": "degradation_relationships_status_page",
    "relationship_to_user": "relationship_to_user",
}


class ComponentRelationships(OpenApiModel):
    created_by_user: relationship_to_user.RelationshipToUser | None = None
    group: create_component_request_data_relationships_group.CreateComponentRequestDataRelationshipsGroup | None = None
    last_modified_by_user: relationship_to_user.RelationshipToUser | None = None
    status_page: degradation_relationships_status_page.DegradationRelationshipsStatusPage | None = None
