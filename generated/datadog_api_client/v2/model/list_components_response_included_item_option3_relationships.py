from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import (
    list_components_response_included_item_option3_relationships_created_by_user,
    list_components_response_included_item_option3_relationships_group,
    list_components_response_included_item_option3_relationships_last_modified_by_user,
    list_components_response_included_item_option3_relationships_status_page,
)


class ListComponentsResponseIncludedItemOption3Relationships(OpenApiModel):
    created_by_user: (
        list_components_response_included_item_option3_relationships_created_by_user.ListComponentsResponseIncludedItemOption3RelationshipsCreatedByUser
        | None
    ) = None
    group: (
        list_components_response_included_item_option3_relationships_group.ListComponentsResponseIncludedItemOption3RelationshipsGroup
        | None
    ) = None
    last_modified_by_user: (
        list_components_response_included_item_option3_relationships_last_modified_by_user.ListComponentsResponseIncludedItemOption3RelationshipsLastModifiedByUser
        | None
    ) = None
    status_page: (
        list_components_response_included_item_option3_relationships_status_page.ListComponentsResponseIncludedItemOption3RelationshipsStatusPage
        | None
    ) = None
