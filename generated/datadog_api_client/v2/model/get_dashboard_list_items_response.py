from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import get_dashboard_list_items_response_dashboards_item


class GetDashboardListItemsResponse(OpenApiModel):
    dashboards: Annotated[
        list[get_dashboard_list_items_response_dashboards_item.GetDashboardListItemsResponseDashboardsItem],
        Field(description="List of dashboards in the dashboard list."),
    ]
    total: Annotated[int | None, Field(description="Number of dashboards in the dashboard list.")] = None
