from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        aggregate_ci_app_pipeline_events_response_data,
        aggregate_ci_app_pipeline_events_response_links,
        aggregate_ci_app_pipeline_events_response_meta,
    )

_REFERENCES = {
    "aggregate_ci_app_pipeline_events_response_data": "aggregate_ci_app_pipeline_events_response_data",
    "aggregate_ci_app_pipeline_events_response_links": "aggregate_ci_app_pipeline_events_response_links",
    "aggregate_ci_app_pipeline_events_response_meta": "aggregate_ci_app_pipeline_events_response_meta",
}


class AggregateCIAppPipelineEventsResponse(OpenApiModel):
    data: aggregate_ci_app_pipeline_events_response_data.AggregateCIAppPipelineEventsResponseData | None = None
    links: aggregate_ci_app_pipeline_events_response_links.AggregateCIAppPipelineEventsResponseLinks | None = None
    meta: aggregate_ci_app_pipeline_events_response_meta.AggregateCIAppPipelineEventsResponseMeta | None = None
