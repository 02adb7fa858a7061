from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import get_team_on_call_users_response_included_item_option1_relationships_other_users_data_item


class GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOtherUsers(OpenApiModel):
    data: Annotated[
        list[
            get_team_on_call_users_response_included_item_option1_relationships_other_users_data_item.GetTeamOnCallUsersResponseIncludedItemOption1RelationshipsOtherUsersDataItem
        ],
        Field(description="Relationships to user objects."),
    ]
