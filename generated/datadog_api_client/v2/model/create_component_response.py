from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    list_components_response_data_item,
    list_components_response_included_item_option3,
    list_degradations_response_included_item_option2,
    list_status_pages_response_included_item_option1,
)


class CreateComponentResponse(OpenApiModel):
    data: list_components_response_data_item.ListComponentsResponseDataItem | None = None
    included: Annotated[
        list[
            list_status_pages_response_included_item_option1.ListStatusPagesResponseIncludedItemOption1
            | list_degradations_response_included_item_option2.ListDegradationsResponseIncludedItemOption2
            | list_components_response_included_item_option3.ListComponentsResponseIncludedItemOption3
        ]
        | None,
        Field(
            description="The included related resources of a component. Client must explicitly request these resources by name in the `include` query parameter."
        ),
    ] = None
