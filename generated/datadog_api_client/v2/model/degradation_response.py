from __future__ import annotations
from datadog_api_client.model_utils import OneOf, UnparsedObject
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import degradation, status_page, status_pages_response_included_item_option1

_REFERENCES = {
    "degradation": "degradation",
    "status_page": "status_page",
    "status_pages_response_included_item_option1": "status_pages_response_included_item_option1",
}


class DegradationResponse(OpenApiModel):
    data: degradation.Degradation | None = None
    included: Annotated[
        list[
            Annotated[
                status_pages_response_included_item_option1.StatusPagesResponseIncludedItemOption1
                | status_page.StatusPage
                | UnparsedObject,
                OneOf("type", tags=("users", "status_pages")),
            ]
        ]
        | None,
        Field(
            description="The included related resources of a degradation. Client must explicitly request these resources by name in the `include` query parameter."
        ),
    ] = None
