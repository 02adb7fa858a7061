from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import (
    list_degradations_response_data_item_relationships_created_by_user,
    list_degradations_response_data_item_relationships_last_modified_by_user,
    list_degradations_response_data_item_relationships_status_page,
)


class ListDegradationsResponseDataItemRelationships(OpenApiModel):
    created_by_user: (
        list_degradations_response_data_item_relationships_created_by_user.ListDegradationsResponseDataItemRelationshipsCreatedByUser
        | None
    ) = None
    last_modified_by_user: (
        list_degradations_response_data_item_relationships_last_modified_by_user.ListDegradationsResponseDataItemRelationshipsLastModifiedByUser
        | None
    ) = None
    status_page: (
        list_degradations_response_data_item_relationships_status_page.ListDegradationsResponseDataItemRelationshipsStatusPage
        | None
    ) = None
