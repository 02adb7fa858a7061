"""Search your logs and send them to your Datadog platform over HTTP. See the [Log Management page](https://docs.datadoghq.com/logs/) for more information."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.aggregate_logs_response import AggregateLogsResponse
    from datadog_api_client.v2.model.get_open_api_response import GetOpenAPIResponse
    from datadog_api_client.v2.model.http_log import HTTPLog
    from datadog_api_client.v2.model.logs_aggregate_request import LogsAggregateRequest
    from datadog_api_client.v2.model.logs_list_request import LogsListRequest
    from datadog_api_client.v2.model.logs_response import LogsResponse

_AGGREGATE_LOGS = Endpoint(
    name="aggregate_logs",
    version="v2",
    method="POST",
    path="/api/v2/logs/analytics/aggregate",
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
    body_type="v2.model.logs_aggregate_request:LogsAggregateRequest",
    responses={
        200: "v2.model.aggregate_logs_response:AggregateLogsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_LOGS = Endpoint(
    name="list_logs",
    version="v2",
    method="POST",
    path="/api/v2/logs/events/search",
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
    body_type="v2.model.logs_list_request:LogsListRequest",
    responses={
        200: "v2.model.logs_response:LogsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_LOGS_GET = Endpoint(
    name="list_logs_get",
    version="v2",
    method="GET",
    path="/api/v2/logs/events",
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
        "filter_indexes": "filter[indexes]",
        "filter_from": "filter[from]",
        "filter_to": "filter[to]",
        "filter_storage_tier": "filter[storage_tier]",
        "sort": "sort",
        "page_cursor": "page[cursor]",
        "page_limit": "page[limit]",
    },
    responses={
        200: "v2.model.logs_response:LogsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_SUBMIT_LOG = Endpoint(
    name="submit_log",
    version="v2",
    method="POST",
    path="/api/v2/logs",
    servers={
        "ap1.datadoghq.com": "https://http-intake.logs.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://http-intake.logs.ap2.datadoghq.com",
        "datadoghq.com": "https://http-intake.logs.datadoghq.com",
        "datadoghq.eu": "https://http-intake.logs.datadoghq.eu",
        "ddog-gov.com": "https://http-intake.logs.ddog-gov.com",
        "us3.datadoghq.com": "https://http-intake.logs.us3.datadoghq.com",
        "us5.datadoghq.com": "https://http-intake.logs.us5.datadoghq.com",
    },
    query_params={"ddtags": "ddtags"},
    header_params={"content_encoding": "Content-Encoding"},
    body_param="body",
    body_type="v2.model.http_log:HTTPLog",
    responses={
        202: "v2.model.get_open_api_response:GetOpenAPIResponse",
        400: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        401: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        403: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        408: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        413: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        429: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        500: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        503: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
    },
)


class LogsApi:
    """Search your logs and send them to your Datadog platform over HTTP. See the [Log Management page](https://docs.datadoghq.com/logs/) for more information."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def aggregate_logs(
        self,
        body: LogsAggregateRequest | dict[str, Any],
    ) -> AggregateLogsResponse:
        """Aggregate events

        The API endpoint to aggregate events into buckets and compute metrics and timeseries. This endpoint requires the `logs_read_data` permission.
        """
        return self.api_client.call(
            _AGGREGATE_LOGS,
            {
                "body": body,
            },
        )

    def list_logs(
        self,
        *,
        body: LogsListRequest | dict[str, Any] | None = None,
    ) -> LogsResponse:
        """Search logs (POST)

        List endpoint returns logs that match a log search query. [Results are paginated](https://docs.datadoghq.com/logs/guide/collect-multiple-logs-with-pagination).

        Use this endpoint to search and filter your logs.

        **If you are considering archiving logs for your organization, consider use of the Datadog archive capabilities instead of the log list API. See [Datadog Logs Archive documentation](https://docs.datadoghq.com/logs/archives).**
        This endpoint requires the `logs_read_data` permission."""
        return self.api_client.call(
            _LIST_LOGS,
            {
                "body": body,
            },
        )

    def list_logs_with_pagination(
        self,
        *,
        body: LogsListRequest | dict[str, Any] | None = None,
    ) -> Iterator[Any]:
        """Every result of list_logs, page after page: the cursor is followed for you."""
        return self.api_client.paginate(
            _LIST_LOGS,
            {
                "body": body,
            },
            Pagination(cursor=("body", "page", "cursor")),
        )

    def list_logs_get(
        self,
        *,
        filter_query: str | None = None,
        filter_indexes: list[Any] | None = None,
        filter_from: str | None = None,
        filter_to: str | None = None,
        filter_storage_tier: Any | None = None,
        sort: Any | None = None,
        page_cursor: str | None = None,
        page_limit: int | None = None,
    ) -> LogsResponse:
        """Search logs (GET)

        List endpoint returns logs that match a log search query. [Results are paginated](https://docs.datadoghq.com/logs/guide/collect-multiple-logs-with-pagination).

        Use this endpoint to search and filter your logs.

        **If you are considering archiving logs for your organization, consider use of the Datadog archive capabilities instead of the log list API. See [Datadog Logs Archive documentation](https://docs.datadoghq.com/logs/archives).**
        This endpoint requires the `logs_read_data` permission."""
        return self.api_client.call(
            _LIST_LOGS_GET,
            {
                "filter_query": filter_query,
                "filter_indexes": filter_indexes,
                "filter_from": filter_from,
                "filter_to": filter_to,
                "filter_storage_tier": filter_storage_tier,
                "sort": sort,
                "page_cursor": page_cursor,
                "page_limit": page_limit,
            },
        )

    def list_logs_get_with_pagination(
        self,
        *,
        filter_query: str | None = None,
        filter_indexes: list[Any] | None = None,
        filter_from: str | None = None,
        filter_to: str | None = None,
        filter_storage_tier: Any | None = None,
        sort: Any | None = None,
        page_cursor: str | None = None,
        page_limit: int | None = None,
    ) -> Iterator[Any]:
        """Every result of list_logs_get, page after page: the cursor is followed for you."""
        return self.api_client.paginate(
            _LIST_LOGS_GET,
            {
                "filter_query": filter_query,
                "filter_indexes": filter_indexes,
                "filter_from": filter_from,
                "filter_to": filter_to,
                "filter_storage_tier": filter_storage_tier,
                "sort": sort,
                "page_cursor": page_cursor,
                "page_limit": page_limit,
            },
            Pagination(cursor=("page_cursor",)),
        )

    def submit_log(
        self,
        body: HTTPLog | dict[str, Any],
        *,
        ddtags: str | None = None,
        content_encoding: str | None = None,
    ) -> GetOpenAPIResponse:
        """Send logs

        Send your logs to your Datadog platform over HTTP. Limits per HTTP request are:

        - Maximum content size per payload (uncompressed): 5MB
        - Maximum size for a single log: 1MB
        - Maximum array size if sending multiple logs in an array: 1000 entries

        Any log exceeding 1MB is accepted and truncated by Datadog:

        - For a single log request, the API truncates the log at 1MB and returns a 2xx.
        - For a multi-logs request, the API processes all logs, truncates only logs larger than 1MB, and returns a 2xx.

        Datadog recommends sending your logs compressed. Add the `Content-Encoding: gzip` header to the request when sending compressed logs. Log events can be submitted with a timestamp that is up to 18 hours in the past.

        The status codes answered by the HTTP API are:

        - 202: Accepted: the request has been accepted for processing
        - 400: Bad request (likely an issue in the payload formatting)
        - 401: Unauthorized (likely a missing API Key)
        - 403: Permission issue (likely using an invalid API Key)
        - 408: Request Timeout, request should be retried after some time
        - 413: Payload too large (batch is above 5MB uncompressed)
        - 429: Too Many Requests, request should be retried after some time
        - 500: Internal Server Error, the server encountered an unexpected condition that prevented it from fulfilling the request, request should be retried after some time
        - 503: Service Unavailable, the server is not ready to handle the request probably because it is overloaded, request should be retried after some time
        """
        return self.api_client.call(
            _SUBMIT_LOG,
            {
                "body": body,
                "ddtags": ddtags,
                "content_encoding": content_encoding,
            },
        )
