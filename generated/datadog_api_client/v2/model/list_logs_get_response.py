from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import aggregate_logs_response_meta, list_audit_logs_response_links, list_logs_get_response_data_item


class ListLogsGetResponse(OpenApiModel):
    data: Annotated[
        list[list_logs_get_response_data_item.ListLogsGetResponseDataItem] | None,
        Field(description="Array of logs matching the request."),
    ] = None
    links: list_audit_logs_response_links.ListAuditLogsResponseLinks | None = None
    meta: aggregate_logs_response_meta.AggregateLogsResponseMeta | None = None
