from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        degradation_relationships_created_by_user,
        degradation_relationships_last_modified_by_user,
        degradation_relationships_status_page,
    )

_REFERENCES = {
    "degradation_relationships_created_by_user": "degradation_relationships_created_by_user",
    "degradation_relationships_last_modified_by_user": "degradation_relationships_last_modified_by_user",
    "degradation_relationships_status_page": "degradation_relationships_status_page",
}


class DegradationRelationships(OpenApiModel):
    created_by_user: degradation_relationships_created_by_user.DegradationRelationshipsCreatedByUser | None = None
    last_modified_by_user: (
        degradation_relationships_last_modified_by_user.DegradationRelationshipsLastModifiedByUser | None
    ) = None
    status_page: degradation_relationships_status_page.DegradationRelationshipsStatusPage | None = None
