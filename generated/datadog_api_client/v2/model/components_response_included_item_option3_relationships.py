from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        components_response_included_item_option3_relationships_created_by_user,
        components_response_included_item_option3_relationships_group,
        components_response_included_item_option3_relationships_last_modified_by_user,
        components_response_included_item_option3_relationships_status_page,
    )

_REFERENCES = {
    "components_response_included_item_option3_relationships_created_by_user": "components_response_included_item_option3_relationships_created_by_user",
    "components_response_included_item_option3_relationships_group": "components_response_included_item_option3_relationships_group",
    "components_response_included_item_option3_relationships_last_modified_by_user": "components_response_included_item_option3_relationships_last_modified_by_user",
    "components_response_included_item_option3_relationships_status_page": "components_response_included_item_option3_relationships_status_page",
}


class ComponentsResponseIncludedItemOption3Relationships(OpenApiModel):
    created_by_user: (
        components_response_included_item_option3_relationships_created_by_user.ComponentsResponseIncludedItemOption3RelationshipsCreatedByUser
        | None
    ) = None
    group: (
        components_response_included_item_option3_relationships_group.ComponentsResponseIncludedItemOption3RelationshipsGroup
        | None
    ) = None
    last_modified_by_user: (
        components_response_included_item_option3_relationships_last_modified_by_user.ComponentsResponseIncludedItemOption3RelationshipsLastModifiedByUser
        | None
    ) = None
    status_page: (
        components_response_included_item_option3_relationships_status_page.ComponentsResponseIncludedItemOption3RelationshipsStatusPage
        | None
    ) = None
