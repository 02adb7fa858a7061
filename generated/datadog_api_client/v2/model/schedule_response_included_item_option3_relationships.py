from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_response_included_item_option3_relationships_user

_REFERENCES = {
    "schedule_response_included_item_option3_relationships_user": "schedule_response_included_item_option3_relationships_user"
}


class ScheduleResponseIncludedItemOption3Relationships(OpenApiModel):
    user: (
        schedule_response_included_item_option3_relationships_user.ScheduleResponseIncludedItemOption3RelationshipsUser
        | None
    ) = None
