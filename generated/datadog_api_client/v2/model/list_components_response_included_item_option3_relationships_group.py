from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import list_components_response_included_item_option3_relationships_group_data


class ListComponentsResponseIncludedItemOption3RelationshipsGroup(OpenApiModel):
    data: (
        list_components_response_included_item_option3_relationships_group_data.ListComponentsResponseIncludedItemOption3RelationshipsGroupData
    )
