from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import components_response_included_item_option3_relationships_created_by_user_data

_REFERENCES = {
    "components_response_included_item_option3_relationships_created_by_user_data": "components_response_included_item_option3_relationships_created_by_user_data"
}


class ComponentsResponseIncludedItemOption3RelationshipsCreatedByUser(OpenApiModel):
    data: (
        components_response_included_item_option3_relationships_created_by_user_data.ComponentsResponseIncludedItemOption3RelationshipsCreatedByUserData
    )
