from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dashboard_type, get_dashboard_list_items_response_dashboards_item_author

_REFERENCES = {
    "dashboard_type": "dashboard_type",
    "get_dashboard_list_items_response_dashboards_item_author": "get_dashboard_list_items_response_dashboards_item_author",
}


class GetDashboardListItemsResponseDashboardsItem(OpenApiModel):
    author: (
        get_dashboard_list_items_response_dashboards_item_author.GetDashboardListItemsResponseDashboardsItemAuthor
        | None
    ) = None
    created: Annotated[datetime | None, Field(description="Date of creation of the dashboard.")] = None
    icon: Annotated[str | None, Field(description="URL to the icon of the dashboard.")] = None
    id: Annotated[str, Field(description="ID of the dashboard.")]
    integration_id: Annotated[str | None, Field(description="The short name of the integration.")] = None
    is_favorite: Annotated[bool | None, Field(description="Whether or not the dashboard is in the favorites.")] = None
    is_read_only: Annotated[bool | None, Field(description="Whether or not the dashboard is read only.")] = None
    is_shared: Annotated[bool | None, Field(description="Whether the dashboard is publicly shared or not.")] = None
    modified: Annotated[datetime | None, Field(description="Date of last edition of the dashboard.")] = None
    popularity: Annotated[int | None, Field(description="Popularity of the dashboard.")] = None
    tags: Annotated[
        list[str] | None, Field(description="List of team names representing ownership of a dashboard.")
    ] = None
    title: Annotated[str | None, Field(description="Title of the dashboard.")] = None
    type: dashboard_type.DashboardType
    url: Annotated[str | None, Field(description="URL path to the dashboard.")] = None
