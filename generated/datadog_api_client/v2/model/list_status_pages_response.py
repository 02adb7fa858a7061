from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    list_status_pages_response_data_item,
    list_status_pages_response_included_item_option1,
    list_status_pages_response_meta,
)


class ListStatusPagesResponse(OpenApiModel):
    data: list[list_status_pages_response_data_item.ListStatusPagesResponseDataItem]
    included: Annotated[
        list[list_status_pages_response_included_item_option1.ListStatusPagesResponseIncludedItemOption1] | None,
        Field(
            description="The included related resources of a status page. Client must explicitly request these resources by name in the `include` query parameter."
        ),
    ] = None
    meta: list_status_pages_response_meta.ListStatusPagesResponseMeta | None = None
