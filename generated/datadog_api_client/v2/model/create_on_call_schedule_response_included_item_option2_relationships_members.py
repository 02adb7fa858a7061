from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import create_on_call_schedule_response_included_item_option2_relationships_members_data_item


class CreateOnCallScheduleResponseIncludedItemOption2RelationshipsMembers(OpenApiModel):
    data: Annotated[
        list[
            create_on_call_schedule_response_included_item_option2_relationships_members_data_item.CreateOnCallScheduleResponseIncludedItemOption2RelationshipsMembersDataItem
        ]
        | None,
        Field(description="The list of members who belong to this layer."),
    ] = None
