from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dashboard_list_item_request

_REFERENCES = {"dashboard_list_item_request": "dashboard_list_item_request"}


class CreateDashboardListItemsResponse(OpenApiModel):
    added_dashboards_to_list: Annotated[
        list[dashboard_list_item_request.DashboardListItemRequest] | None,
        Field(description="List of dashboards added to the dashboard list."),
    ] = None
