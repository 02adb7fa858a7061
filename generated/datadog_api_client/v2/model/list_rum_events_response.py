from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    list_audit_logs_response_links,
    list_ci_app_pipeline_events_response_meta,
    list_rum_events_response_data_item,
)


class ListRUMEventsResponse(OpenApiModel):
    data: Annotated[
        list[list_rum_events_response_data_item.ListRUMEventsResponseDataItem] | None,
        Field(description="Array of events matching the request."),
    ] = None
    links: list_audit_logs_response_links.ListAuditLogsResponseLinks | None = None
    meta: list_ci_app_pipeline_events_response_meta.ListCIAppPipelineEventsResponseMeta | None = None
