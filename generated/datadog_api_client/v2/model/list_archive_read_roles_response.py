from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_archive_read_roles_response_data_item, list_archive_read_roles_response_meta


class ListArchiveReadRolesResponse(OpenApiModel):
    data: Annotated[
        list[list_archive_read_roles_response_data_item.ListArchiveReadRolesResponseDataItem] | None,
        Field(description="Array of returned roles."),
    ] = None
    meta: list_archive_read_roles_response_meta.ListArchiveReadRolesResponseMeta | None = None
