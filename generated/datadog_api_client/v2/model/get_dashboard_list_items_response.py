from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_dashboard_list_items_response_dashboards_item

_REFERENCES = {"get_dashboard_list_items_response_dashboards_item": "get_dashboard_list_items_response_dashboards_item"}


class GetDashboardListItemsResponse(OpenApiModel):
    dashboards: Annotated[
        list[get_dashboard_list_items_response_dashboards_item.GetDashboardListItemsResponseDashboardsItem],
        Field(description="List of dashboards in the dashboard list."),
    ]
    total: Annotated[int | None, Field(description="Number of dashboards in the dashboard list.")] = None
