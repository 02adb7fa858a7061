from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import create_on_call_schedule_response_included_item_option2_relationships_members


class CreateOnCallScheduleResponseIncludedItemOption2Relationships(OpenApiModel):
    members: (
        create_on_call_schedule_response_included_item_option2_relationships_members.CreateOnCallScheduleResponseIncludedItemOption2RelationshipsMembers
        | None
    ) = None
