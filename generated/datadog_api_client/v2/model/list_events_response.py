from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_audit_logs_response_links, list_events_response_data_item, list_events_response_meta


class ListEventsResponse(OpenApiModel):
    data: Annotated[
        list[list_events_response_data_item.ListEventsResponseDataItem] | None,
        Field(description="An array of events matching the request."),
    ] = None
    links: list_audit_logs_response_links.ListAuditLogsResponseLinks | None = None
    meta: list_events_response_meta.ListEventsResponseMeta | None = None
