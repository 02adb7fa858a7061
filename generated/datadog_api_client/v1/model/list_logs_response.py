from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_logs_response_logs_item

_REFERENCES = {"list_logs_response_logs_item": "list_logs_response_logs_item"}


class ListLogsResponse(OpenApiModel):
    logs: Annotated[
        list[list_logs_response_logs_item.ListLogsResponseLogsItem] | None,
        Field(description="Array of logs matching the request and the `nextLogId` if sent."),
    ] = None
    nextLogId: Annotated[
        str | None,
        Field(
            description="Hash identifier of the next log to return in the list. This parameter is used for the pagination feature."
        ),
    ] = None
    status: Annotated[str | None, Field(description="Status of the response.")] = None
