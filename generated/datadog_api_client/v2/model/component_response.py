from __future__ import annotations
from datadog_api_client.model_utils import OneOf, UnparsedObject
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import component, status_page, status_pages_response_included_item_option1

_REFERENCES = {
    "component": "component",
    "status_page": "status_page",
    "status_pages_response_included_item_option1": "status_pages_response_included_item_option1",
}


class ComponentResponse(OpenApiModel):
    data: component.Component | None = None
    included: Annotated[
        list[
            Annotated[
                status_pages_response_included_item_option1.StatusPagesResponseIncludedItemOption1
                | status_page.StatusPage
                | component.Component
                | UnparsedObject,
                OneOf("type", tags=("users", "status_pages", "components")),
            ]
        ]
        | None,
        Field(
            description="The included related resources of a component. Client must explicitly request these resources by name in the `include` query parameter."
        ),
    ] = None
