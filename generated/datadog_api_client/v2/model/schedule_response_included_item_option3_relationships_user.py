from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_response_included_item_option3_relationships_user_data

_REFERENCES = {
    "schedule_response_included_item_option3_relationships_user_data": "schedule_response_included_item_option3_relationships_user_data"
}


class ScheduleResponseIncludedItemOption3RelationshipsUser(OpenApiModel):
    data: (
        schedule_response_included_item_option3_relationships_user_data.ScheduleResponseIncludedItemOption3RelationshipsUserData
    )
