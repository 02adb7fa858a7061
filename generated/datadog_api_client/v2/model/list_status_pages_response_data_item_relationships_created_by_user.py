from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import list_status_pages_response_data_item_relationships_created_by_user_data


class ListStatusPagesResponseDataItemRelationshipsCreatedByUser(OpenApiModel):
    data: (
        list_status_pages_response_data_item_relationships_created_by_user_data.ListStatusPagesResponseDataItemRelationshipsCreatedByUserData
    )
