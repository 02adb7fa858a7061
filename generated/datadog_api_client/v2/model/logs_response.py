from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import aggregate_logs_response_meta, audits_response_links, log

_REFERENCES = {
    "aggregate_logs_response_meta": "aggregate_logs_response_meta",
    "audits_response_links": "audits_response_links",
    "log": "log",
}


class LogsResponse(OpenApiModel):
    data: Annotated[list[log.Log] | None, Field(description="Array of logs matching the request.")] = None
    links: audits_response_links.AuditsResponseLinks | None = None
    meta: aggregate_logs_response_meta.AggregateLogsResponseMeta | None = None
