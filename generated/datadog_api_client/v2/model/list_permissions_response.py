from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_permissions_response_data_item


class ListPermissionsResponse(OpenApiModel):
    data: Annotated[
        list[list_permissions_response_data_item.ListPermissionsResponseDataItem] | None,
        Field(description="Array of permissions."),
    ] = None
