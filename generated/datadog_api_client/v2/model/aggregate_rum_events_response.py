from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import (
    aggregate_rum_events_response_data,
    list_audit_logs_response_links,
    list_ci_app_pipeline_events_response_meta,
)


class AggregateRUMEventsResponse(OpenApiModel):
    data: aggregate_rum_events_response_data.AggregateRUMEventsResponseData | None = None
    links: list_audit_logs_response_links.ListAuditLogsResponseLinks | None = None
    meta: list_ci_app_pipeline_events_response_meta.ListCIAppPipelineEventsResponseMeta | None = None
