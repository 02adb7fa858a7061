from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import create_on_call_schedule_response_included_item_option2_relationships_members_data_item_type


class CreateOnCallScheduleResponseIncludedItemOption2RelationshipsMembersDataItem(OpenApiModel):
    id: Annotated[str, Field(description="The unique user ID of the layer member.")]
    type: (
        create_on_call_schedule_response_included_item_option2_relationships_members_data_item_type.CreateOnCallScheduleResponseIncludedItemOption2RelationshipsMembersDataItemType
    )
