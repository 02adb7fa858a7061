from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import create_on_call_schedule_response_included_item_option3_relationships_user


class CreateOnCallScheduleResponseIncludedItemOption3Relationships(OpenApiModel):
    user: (
        create_on_call_schedule_response_included_item_option3_relationships_user.CreateOnCallScheduleResponseIncludedItemOption3RelationshipsUser
        | None
    ) = None
