from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import aggregate_ci_app_pipeline_events_response_links, cipipeline, cipipelines_response_meta

_REFERENCES = {
    "aggregate_ci_app_pipeline_events_response_links": "aggregate_ci_app_pipeline_events_response_links",
    "cipipeline": "cipipeline",
    "cipipelines_response_meta": "cipipelines_response_meta",
}


class CipipelinesResponse(OpenApiModel):
    data: Annotated[list[cipipeline.Cipipeline] | None, Field(description="Array of events matching the request.")] = (
        None
    )
    links: aggregate_ci_app_pipeline_events_response_links.AggregateCIAppPipelineEventsResponseLinks | None = None
    meta: cipipelines_response_meta.CipipelinesResponseMeta | None = None
