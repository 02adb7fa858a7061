from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dashboard_type

_REFERENCES = {"dashboard_type": "dashboard_type"}


class DashboardListItemRequest(OpenApiModel):
    id: Annotated[str, Field(description="ID of the dashboard.")]
    type: dashboard_type.DashboardType
