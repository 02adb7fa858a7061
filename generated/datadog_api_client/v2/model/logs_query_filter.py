from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import logs_query_filter_storage_tier

_REFERENCES = {"logs_query_filter_storage_tier": "logs_query_filter_storage_tier"}


class LogsQueryFilter(OpenApiModel):
    from_: Annotated[
        str | None,
        Field(
            alias="from",
            description="The minimum time for the requested logs, supports date math and regular timestamps (milliseconds).",
        ),
    ] = None
    indexes: Annotated[
        list[str] | None,
        Field(
            description="For customers with multiple indexes, the indexes to search. Defaults to ['*'] which means all indexes."
        ),
    ] = None
    query: Annotated[str | None, Field(description="The search query - following the log search syntax.")] = None
    storage_tier: logs_query_filter_storage_tier.LogsQueryFilterStorageTier | None = None
    to: Annotated[
        str | None,
        Field(
            description="The maximum time for the requested logs, supports date math and regular timestamps (milliseconds)."
        ),
    ] = None
