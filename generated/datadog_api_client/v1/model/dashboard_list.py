from __future__ import annotations
from datetime import datetime
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dashboard_list_author

_REFERENCES = {"dashboard_list_author": "dashboard_list_author"}


class DashboardList(OpenApiModel):
    author: dashboard_list_author.DashboardListAuthor | None = None
    created: Annotated[datetime | None, Field(description="Date of creation of the dashboard list.")] = None
    dashboard_count: Annotated[int | None, Field(description="The number of dashboards in the list.")] = None
    id: Annotated[int | None, Field(description="The ID of the dashboard list.")] = None
    is_favorite: Annotated[bool | None, Field(description="Whether or not the list is in the favorites.")] = None
    modified: Annotated[datetime | None, Field(description="Date of last edition of the dashboard list.")] = None
    name: Annotated[str, Field(description="The name of the dashboard list.")]
    type: Annotated[str | None, Field(description="The type of dashboard list.")] = None
