from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class DeleteDashboardListResponse(OpenApiModel):
    deleted_dashboard_list_id: Annotated[int | None, Field(description="ID of the deleted dashboard list.")] = None
