"""Search your logs and send them to your Datadog platform over HTTP. See the [Log Management page](https://docs.datadoghq.com/logs/) for more information."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v1.model.get_info_about_a_slack_integration_response import (
        GetInfoAboutASlackIntegrationResponse,
    )
    from datadog_api_client.v1.model.http_log import HTTPLog
    from datadog_api_client.v1.model.list_logs_response import ListLogsResponse
    from datadog_api_client.v1.model.logs_list_request import LogsListRequest

_LIST_LOGS = Endpoint(
    name="list_logs",
    version="v1",
    method="POST",
    path="/api/v1/logs-queries/list",
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
    body_type="v1.model.logs_list_request:LogsListRequest",
    responses={
        200: "v1.model.list_logs_response:ListLogsResponse",
        400: "v1.model.list_logs400_response:ListLogs400Response",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_SUBMIT_LOG = Endpoint(
    name="submit_log",
    version="v1",
    method="POST",
    path="/v1/input",
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
    body_type="v1.model.http_log:HTTPLog",
    responses={
        200: "v1.model.get_info_about_a_slack_integration_response:GetInfoAboutASlackIntegrationResponse",
        400: "v1.model.invalid_query_performed_response:InvalidQueryPerformedResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)


class LogsApi:
    """Search your logs and send them to your Datadog platform over HTTP. See the [Log Management page](https://docs.datadoghq.com/logs/) for more information."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def list_logs(
        self,
        body: LogsListRequest | dict[str, Any],
    ) -> ListLogsResponse:
        """Search logs

        List endpoint returns logs that match a log search query. [Results are paginated](https://docs.datadoghq.com/logs/guide/collect-multiple-logs-with-pagination).

        **If you are considering archiving logs for your organization, consider use of the Datadog archive capabilities instead of the log list API. See [Datadog Logs Archive documentation](https://docs.datadoghq.com/logs/archives).**
        This endpoint requires the `logs_read_data` permission."""
        return self.api_client.call(
            _LIST_LOGS,
            {
                "body": body,
            },
        )

    def submit_log(
        self,
        body: HTTPLog | dict[str, Any],
        *,
        ddtags: str | None = None,
        content_encoding: str | None = None,
    ) -> GetInfoAboutASlackIntegrationResponse:
        """Send logs

        Send your logs to your Datadog platform over HTTP. Limits per HTTP request are:

        - Maximum content size per payload (uncompressed): 5MB
        - Maximum size for a single log: 1MB
        - Maximum array size if sending multiple logs in an array: 1000 entries

        Any log exceeding 1MB is accepted and truncated by Datadog:

        - For a single log request, the API truncates the log at 1MB and returns a 2xx.
        - For a multi-logs request, the API processes all logs, truncates only logs larger than 1MB, and returns a 2xx.

        Datadog recommends sending your logs compressed. Add the `Content-Encoding: gzip` header to the request when sending compressed logs.

        The status codes answered by the HTTP API are:

        - 200: OK
        - 400: Bad request (likely an issue in the payload formatting)
        - 403: Permission issue (likely using an invalid API Key)
        - 413: Payload too large (batch is above 5MB uncompressed)
        - 5xx: Internal error, request should be retried after some time"""
        return self.api_client.call(
            _SUBMIT_LOG,
            {
                "body": body,
                "ddtags": ddtags,
                "content_encoding": content_encoding,
            },
        )
