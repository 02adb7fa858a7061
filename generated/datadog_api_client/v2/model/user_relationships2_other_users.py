from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user_relationships2_other_users_data_item

_REFERENCES = {"user_relationships2_other_users_data_item": "user_relationships2_other_users_data_item"}


class UserRelationships2OtherUsers(OpenApiModel):
    data: Annotated[
        list[user_relationships2_other_users_data_item.UserRelationships2OtherUsersDataItem],
        Field(description="Relationships to user objects."),
    ]
