from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import list_degradations_response_data_item_relationships_status_page_data


class ListComponentsResponseIncludedItemOption3RelationshipsStatusPage(OpenApiModel):
    data: (
        list_degradations_response_data_item_relationships_status_page_data.ListDegradationsResponseDataItemRelationshipsStatusPageData
    )
