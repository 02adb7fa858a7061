"""Get a list of IP prefixes belonging to Datadog."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v1.model.get_ip_ranges_response import GetIPRangesResponse

_GET_IP_RANGES = Endpoint(
    name="get_ip_ranges",
    version="v1",
    method="GET",
    path="/",
    servers={
        "ap1.datadoghq.com": "https:",
        "ap2.datadoghq.com": "https:",
        "datadoghq.com": "https:",
        "datadoghq.eu": "https:",
        "ddog-gov.com": "https:",
        "us3.datadoghq.com": "https:",
        "us5.datadoghq.com": "https:",
    },
    responses={
        200: "v1.model.get_ip_ranges_response:GetIPRangesResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)


class IPRangesApi:
    """Get a list of IP prefixes belonging to Datadog."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def get_ip_ranges(
        self,
    ) -> GetIPRangesResponse:
        """List IP Ranges

        Get information about Datadog IP ranges."""
        return self.api_client.call(
            _GET_IP_RANGES,
            {},
        )
