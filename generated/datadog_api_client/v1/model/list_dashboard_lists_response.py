from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dashboard_list

_REFERENCES = {"dashboard_list": "dashboard_list"}


class ListDashboardListsResponse(OpenApiModel):
    dashboard_lists: Annotated[
        list[dashboard_list.DashboardList] | None, Field(description="List of all your dashboard lists.")
    ] = None
