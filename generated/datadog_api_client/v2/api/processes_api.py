"""The processes API allows you to query processes data for your organization. See the [Live Processes page](https://docs.datadoghq.com/infrastructure/process/) for more information."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.processes_response import ProcessesResponse

_LIST_PROCESSES = Endpoint(
    name="list_processes",
    version="v2",
    method="GET",
    path="/api/v2/processes",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    query_params={
        "search": "search",
        "tags": "tags",
        "from_": "from",
        "to": "to",
        "page_limit": "page[limit]",
        "page_cursor": "page[cursor]",
    },
    responses={
        200: "v2.model.processes_response:ProcessesResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class ProcessesApi:
    """The processes API allows you to query processes data for your organization. See the [Live Processes page](https://docs.datadoghq.com/infrastructure/process/) for more information."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def list_processes(
        self,
        *,
        search: str | None = None,
        tags: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        page_limit: int | None = None,
        page_cursor: str | None = None,
    ) -> ProcessesResponse:
        """Get all processes

        Get all processes for your organization."""
        return self.api_client.call(
            _LIST_PROCESSES,
            {
                "search": search,
                "tags": tags,
                "from_": from_,
                "to": to,
                "page_limit": page_limit,
                "page_cursor": page_cursor,
            },
        )

    def list_processes_with_pagination(
        self,
        *,
        search: str | None = None,
        tags: str | None = None,
        from_: int | None = None,
        to: int | None = None,
        page_limit: int | None = None,
        page_cursor: str | None = None,
    ) -> Iterator[Any]:
        """Every result of list_processes, page after page: the cursor is followed for you."""
        return self.api_client.paginate(
            _LIST_PROCESSES,
            {
                "search": search,
                "tags": tags,
                "from_": from_,
                "to": to,
                "page_limit": page_limit,
                "page_cursor": page_cursor,
            },
            Pagination(cursor=("page_cursor",)),
        )
