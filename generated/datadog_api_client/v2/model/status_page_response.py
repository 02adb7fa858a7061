from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import status_page, status_pages_response_included_item_option1

_REFERENCES = {
    "status_page": "status_page",
    "status_pages_response_included_item_option1": "status_pages_response_included_item_option1",
}


class StatusPageResponse(OpenApiModel):
    data: status_page.StatusPage | None = None
    included: Annotated[
        list[status_pages_response_included_item_option1.StatusPagesResponseIncludedItemOption1] | None,
        Field(
            description="The included related resources of a status page. Client must explicitly request these resources by name in the `include` query parameter."
        ),
    ] = None
