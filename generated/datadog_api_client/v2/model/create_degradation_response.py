from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    list_degradations_response_data_item,
    list_degradations_response_included_item_option2,
    list_status_pages_response_included_item_option1,
)


class CreateDegradationResponse(OpenApiModel):
    data: list_degradations_response_data_item.ListDegradationsResponseDataItem | None = None
    included: Annotated[
        list[
            list_status_pages_response_included_item_option1.ListStatusPagesResponseIncludedItemOption1
            | list_degradations_response_included_item_option2.ListDegradationsResponseIncludedItemOption2
        ]
        | None,
        Field(
            description="The included related resources of a degradation. Client must explicitly request these resources by name in the `include` query parameter."
        ),
    ] = None
