"""Search your Audit Logs events over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.audit_logs_search_events_request import AuditLogsSearchEventsRequest
    from datadog_api_client.v2.model.audits_response import AuditsResponse

_LIST_AUDIT_LOGS = Endpoint(
    name="list_audit_logs",
    version="v2",
    method="GET",
    path="/api/v2/audit/events",
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
        "filter_query": "filter[query]",
        "filter_from": "filter[from]",
        "filter_to": "filter[to]",
        "sort": "sort",
        "page_cursor": "page[cursor]",
        "page_limit": "page[limit]",
    },
    responses={
        200: "v2.model.audits_response:AuditsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_SEARCH_AUDIT_LOGS = Endpoint(
    name="search_audit_logs",
    version="v2",
    method="POST",
    path="/api/v2/audit/events/search",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    body_param="body",
    body_type="v2.model.audit_logs_search_events_request:AuditLogsSearchEventsRequest",
    responses={
        200: "v2.model.audits_response:AuditsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class AuditApi:
    """Search your Audit Logs events over HTTP."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def list_audit_logs(
        self,
        *,
        filter_query: str | None = None,
        filter_from: str | None = None,
        filter_to: str | None = None,
        sort: Any | None = None,
        page_cursor: str | None = None,
        page_limit: int | None = None,
    ) -> AuditsResponse:
        """Get a list of Audit Logs events

        List endpoint returns events that match a Audit Logs search query. [Results are paginated](https://docs.datadoghq.com/logs/guide/collect-multiple-logs-with-pagination).

        Use this endpoint to see your latest Audit Logs events.
        This endpoint requires the `audit_logs_read` permission."""
        return self.api_client.call(
            _LIST_AUDIT_LOGS,
            {
                "filter_query": filter_query,
                "filter_from": filter_from,
                "filter_to": filter_to,
                "sort": sort,
                "page_cursor": page_cursor,
                "page_limit": page_limit,
            },
        )

    def list_audit_logs_with_pagination(
        self,
        *,
        filter_query: str | None = None,
        filter_from: str | None = None,
        filter_to: str | None = None,
        sort: Any | None = None,
        page_cursor: str | None = None,
        page_limit: int | None = None,
    ) -> Iterator[Any]:
        """Every result of list_audit_logs, page after page: the cursor is followed for you."""
        return self.api_client.paginate(
            _LIST_AUDIT_LOGS,
            {
                "filter_query": filter_query,
                "filter_from": filter_from,
                "filter_to": filter_to,
                "sort": sort,
                "page_cursor": page_cursor,
                "page_limit": page_limit,
            },
            Pagination(cursor=("page_cursor",)),
        )

    def search_audit_logs(
        self,
        *,
        body: AuditLogsSearchEventsRequest | dict[str, Any] | None = None,
    ) -> AuditsResponse:
        """Search Audit Logs events

        List endpoint returns Audit Logs events that match an Audit search query. [Results are paginated](https://docs.datadoghq.com/logs/guide/collect-multiple-logs-with-pagination).

        Use this endpoint to build complex Audit Logs events filtering and search.
        This endpoint requires the `audit_logs_read` permission."""
        return self.api_client.call(
            _SEARCH_AUDIT_LOGS,
            {
                "body": body,
            },
        )

    def search_audit_logs_with_pagination(
        self,
        *,
        body: AuditLogsSearchEventsRequest | dict[str, Any] | None = None,
    ) -> Iterator[Any]:
        """Every result of search_audit_logs, page after page: the cursor is followed for you."""
        return self.api_client.paginate(
            _SEARCH_AUDIT_LOGS,
            {
                "body": body,
            },
            Pagination(cursor=("body", "page", "cursor")),
        )
