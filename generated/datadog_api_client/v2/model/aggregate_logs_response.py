from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import aggregate_logs_response_data, audits_response_meta

_REFERENCES = {
    "aggregate_logs_response_data": "aggregate_logs_response_data",
    "audits_response_meta": "audits_response_meta",
}


class AggregateLogsResponse(OpenApiModel):
    data: aggregate_logs_response_data.AggregateLogsResponseData | None = None
    meta: audits_response_meta.AuditsResponseMeta | None = None
