from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        aggregate_ci_app_pipeline_events_response_data,
        aggregate_ci_app_pipeline_events_response_meta,
        audits_response_links,
    )

_REFERENCES = {
    "aggregate_ci_app_pipeline_events_response_data": "aggregate_ci_app_pipeline_events_response_data",
    "aggregate_ci_app_pipeline_events_response_meta": "aggregate_ci_app_pipeline_events_response_meta",
    "audits_response_links": "audits_response_links",
}


class AggregateCIAppPipelineEventsResponse(OpenApiModel):
    data: aggregate_ci_app_pipeline_events_response_data.AggregateCIAppPipelineEventsResponseData | None = None
    links: audits_response_links.AuditsResponseLinks | None = None
    meta: aggregate_ci_app_pipeline_events_response_meta.AggregateCIAppPipelineEventsResponseMeta | None = None
