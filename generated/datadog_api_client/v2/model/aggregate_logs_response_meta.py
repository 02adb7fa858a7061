from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        aggregate_logs_response_meta_page,
        aggregate_logs_response_meta_status,
        aggregate_logs_response_meta_warnings_item,
    )

_REFERENCES = {
    "aggregate_logs_response_meta_page": "aggregate_logs_response_meta_page",
    "aggregate_logs_response_meta_status": "aggregate_logs_response_meta_status",
    "aggregate_logs_response_meta_warnings_item": "aggregate_logs_response_meta_warnings_item",
}


class AggregateLogsResponseMeta(OpenApiModel):
    elapsed: Annotated[int | None, Field(description="The time elapsed in milliseconds")] = None
    page: aggregate_logs_response_meta_page.AggregateLogsResponseMetaPage | None = None
    request_id: Annotated[str | None, Field(description="The identifier of the request")] = None
    status: aggregate_logs_response_meta_status.AggregateLogsResponseMetaStatus | None = None
    warnings: Annotated[
        list[aggregate_logs_response_meta_warnings_item.AggregateLogsResponseMetaWarningsItem] | None,
        Field(
            description="A list of warnings (non fatal errors) encountered, partial results might be returned if warnings are present in the response."
        ),
    ] = None
