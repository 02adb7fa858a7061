from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import audits_response_meta_status, audits_response_meta_warnings_item

_REFERENCES = {
    "audits_response_meta_status": "audits_response_meta_status",
    "audits_response_meta_warnings_item": "audits_response_meta_warnings_item",
}


class AggregateCIAppPipelineEventsResponseMeta(OpenApiModel):
    elapsed: Annotated[int | None, Field(description="The time elapsed in milliseconds.")] = None
    request_id: Annotated[str | None, Field(description="The identifier of the request.")] = None
    status: audits_response_meta_status.AuditsResponseMetaStatus | None = None
    warnings: Annotated[
        list[audits_response_meta_warnings_item.AuditsResponseMetaWarningsItem] | None,
        Field(
            description="A list of warnings (non-fatal errors) encountered. Partial results may return if warnings are present in the response."
        ),
    ] = None
