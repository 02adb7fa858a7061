from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_list_request_time, logs_sort

_REFERENCES = {"logs_list_request_time": "logs_list_request_time", "logs_sort": "logs_sort"}


class LogsListRequest(OpenApiModel):
    index: Annotated[
        str | None,
        Field(
            description="The log index on which the request is performed. For multi-index organizations, the default is all live indexes. Historical indexes of rehydrated logs must be specified."
        ),
    ] = None
    limit: Annotated[int | None, Field(description="Number of logs return in the response.")] = None
    query: Annotated[str | None, Field(description="The search query - following the log search syntax.")] = None
    sort: logs_sort.LogsSort | None = None
    startAt: Annotated[
        str | None,
        Field(
            description="Hash identifier of the first log to return in the list, available in a log `id` attribute. This parameter is used for the pagination feature. | **Note**: This parameter is ignored if the corresponding log is out of the scope of the specified time window."
        ),
    ] = None
    time: logs_list_request_time.LogsListRequestTime
