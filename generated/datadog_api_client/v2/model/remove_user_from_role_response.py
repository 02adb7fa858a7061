from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    get_role_response_data,
    list_archive_read_roles_response_meta,
    list_powerpacks_response_included_item,
    remove_user_from_role_response_included_item_option1,
    remove_user_from_role_response_included_item_option2,
)


class RemoveUserFromRoleResponse(OpenApiModel):
    data: Annotated[
        list[list_powerpacks_response_included_item.ListPowerpacksResponseIncludedItem] | None,
        Field(description="Array of returned users."),
    ] = None
    included: Annotated[
        list[
            remove_user_from_role_response_included_item_option1.RemoveUserFromRoleResponseIncludedItemOption1
            | remove_user_from_role_response_included_item_option2.RemoveUserFromRoleResponseIncludedItemOption2
            | get_role_response_data.GetRoleResponseData
        ]
        | None,
        Field(description="Array of objects related to the users."),
    ] = None
    meta: list_archive_read_roles_response_meta.ListArchiveReadRolesResponseMeta | None = None
