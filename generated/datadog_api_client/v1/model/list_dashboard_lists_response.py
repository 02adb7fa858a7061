from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_dashboard_lists_response_dashboard_lists_item

_REFERENCES = {
    "list_dashboard_lists_response_dashboard_lists_item": "list_dashboard_lists_response_dashboard_lists_item"
}


class ListDashboardListsResponse(OpenApiModel):
    dashboard_lists: Annotated[
        list[list_dashboard_lists_response_dashboard_lists_item.ListDashboardListsResponseDashboardListsItem] | None,
        Field(description="List of all your dashboard lists."),
    ] = None
