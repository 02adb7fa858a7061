from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import list_audit_logs_response_data_item, list_audit_logs_response_links, list_audit_logs_response_meta


class ListAuditLogsResponse(OpenApiModel):
    data: Annotated[
        list[list_audit_logs_response_data_item.ListAuditLogsResponseDataItem] | None,
        Field(description="Array of events matching the request."),
    ] = None
    links: list_audit_logs_response_links.ListAuditLogsResponseLinks | None = None
    meta: list_audit_logs_response_meta.ListAuditLogsResponseMeta | None = None
