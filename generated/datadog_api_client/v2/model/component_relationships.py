from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        component_relationships_created_by_user,
        component_relationships_group,
        component_relationships_last_modified_by_user,
        component_relationships_status_page,
    )

_REFERENCES = {
    "component_relationships_created_by_user": "component_relationships_created_by_user",
    "component_relationships_group": "component_relationships_group",
    "component_relationships_last_modified_by_user": "component_relationships_last_modified_by_user",
    "component_relationships_status_page": "component_relationships_status_page",
}


class ComponentRelationships(OpenApiModel):
    created_by_user: component_relationships_created_by_user.ComponentRelationshipsCreatedByUser | None = None
    group: component_relationships_group.ComponentRelationshipsGroup | None = None
    last_modified_by_user: (
        component_relationships_last_modified_by_user.ComponentRelationshipsLastModifiedByUser | None
    ) = None
    status_page: component_relationships_status_page.ComponentRelationshipsStatusPage | None = None
