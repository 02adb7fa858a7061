from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import status_page_relationships_created_by_user, status_page_relationships_last_modified_by_user

_REFERENCES = {
    "status_page_relationships_created_by_user": "status_page_relationships_created_by_user",
    "status_page_relationships_last_modified_by_user": "status_page_relationships_last_modified_by_user",
}


class StatusPageRelationships(OpenApiModel):
    created_by_user: status_page_relationships_created_by_user.StatusPageRelationshipsCreatedByUser | None = None
    last_modified_by_user: (
        status_page_relationships_last_modified_by_user.StatusPageRelationshipsLastModifiedByUser | None
    ) = None
