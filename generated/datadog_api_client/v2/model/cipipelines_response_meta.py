from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        aggregate_ci_app_pipeline_events_response_meta_warnings_item,
        audits_response_meta_page,
        audits_response_meta_status,
    )

_REFERENCES = {
    "aggregate_ci_app_pipeline_events_response_meta_warnings_item": "aggregate_ci_app_pipeline_events_response_meta_warnings_item",
    "audits_response_meta_page": "audits_response_meta_page",
    "audits_response_meta_status": "audits_response_meta_status",
}


class CipipelinesResponseMeta(OpenApiModel):
    elapsed: Annotated[int | None, Field(description="The time elapsed in milliseconds.")] = None
    page: audits_response_meta_page.AuditsResponseMetaPage | None = None
    request_id: Annotated[str | None, Field(description="The identifier of the request.")] = None
    status: audits_response_meta_status.AuditsResponseMetaStatus | None = None
    warnings: Annotated[
        list[
            aggregate_ci_app_pipeline_events_response_meta_warnings_item.AggregateCIAppPipelineEventsResponseMetaWarningsItem
        ]
        | None,
        Field(
            description="A list of warnings (non-fatal errors) encountered. Partial results may return if warnings are present in the response."
        ),
    ] = None
