from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import (
    list_components_response_data_item_relationships_created_by_user,
    list_components_response_data_item_relationships_group,
    list_components_response_data_item_relationships_last_modified_by_user,
    list_components_response_data_item_relationships_status_page,
)


class ListComponentsResponseDataItemRelationships(OpenApiModel):
    created_by_user: (
        list_components_response_data_item_relationships_created_by_user.ListComponentsResponseDataItemRelationshipsCreatedByUser
        | None
    ) = None
    group: (
        list_components_response_data_item_relationships_group.ListComponentsResponseDataItemRelationshipsGroup | None
    ) = None
    last_modified_by_user: (
        list_components_response_data_item_relationships_last_modified_by_user.ListComponentsResponseDataItemRelationshipsLastModifiedByUser
        | None
    ) = None
    status_page: (
        list_components_response_data_item_relationships_status_page.ListComponentsResponseDataItemRelationshipsStatusPage
        | None
    ) = None
