"""Get information about your infrastructure hosts in Datadog, and mute or unmute any notifications from your hosts. See the [Infrastructure page](https://docs.datadoghq.com/infrastructure/) for more information."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v1.model.get_host_totals_response import GetHostTotalsResponse
    from datadog_api_client.v1.model.host_mute_settings import HostMuteSettings
    from datadog_api_client.v1.model.list_hosts_response import ListHostsResponse
    from datadog_api_client.v1.model.mute_host_response import MuteHostResponse

_GET_HOST_TOTALS = Endpoint(
    name="get_host_totals",
    version="v1",
    method="GET",
    path="/api/v1/hosts/totals",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    query_params={"from_": "from"},
    responses={
        200: "v1.model.get_host_totals_response:GetHostTotalsResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_LIST_HOSTS = Endpoint(
    name="list_hosts",
    version="v1",
    method="GET",
    path="/api/v1/hosts",
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
        "filter": "filter",
        "sort_field": "sort_field",
        "sort_dir": "sort_dir",
        "start": "start",
        "count": "count",
        "from_": "from",
        "include_muted_hosts_data": "include_muted_hosts_data",
        "include_hosts_metadata": "include_hosts_metadata",
    },
    responses={
        200: "v1.model.list_hosts_response:ListHostsResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_MUTE_HOST = Endpoint(
    name="mute_host",
    version="v1",
    method="POST",
    path="/api/v1/host/{host_name}/mute",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"host_name": "host_name"},
    body_param="body",
    body_type="v1.model.host_mute_settings:HostMuteSettings",
    responses={
        200: "v1.model.mute_host_response:MuteHostResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_UNMUTE_HOST = Endpoint(
    name="unmute_host",
    version="v1",
    method="POST",
    path="/api/v1/host/{host_name}/unmute",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"host_name": "host_name"},
    responses={
        200: "v1.model.mute_host_response:MuteHostResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)


class HostsApi:
    """Get information about your infrastructure hosts in Datadog, and mute or unmute any notifications from your hosts. See the [Infrastructure page](https://docs.datadoghq.com/infrastructure/) for more information."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def get_host_totals(
        self,
        *,
        from_: int | None = None,
    ) -> GetHostTotalsResponse:
        """Get the total number of active hosts

        This endpoint returns the total number of active and up hosts in your Datadog account. Active means the host has reported in the past hour, and up means it has reported in the past two hours. This endpoint requires the `hosts_read` permission.

        OAuth apps require the `hosts_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#hosts) to access this endpoint.
        """
        return self.api_client.call(
            _GET_HOST_TOTALS,
            {
                "from_": from_,
            },
        )

    def list_hosts(
        self,
        *,
        filter: str | None = None,
        sort_field: str | None = None,
        sort_dir: str | None = None,
        start: int | None = None,
        count: int | None = None,
        from_: int | None = None,
        include_muted_hosts_data: bool | None = None,
        include_hosts_metadata: bool | None = None,
    ) -> ListHostsResponse:
        """Get all hosts for your organization

        This endpoint allows searching for hosts by name, alias, or tag. Hosts live within the past 3 hours are included by default. Retention is 7 days. Results are paginated with a max of 1000 results at a time. **Note:** If the host is an Amazon EC2 instance, `id` is replaced with `aws_id` in the response. **Note**: To enrich the data returned by this endpoint with security scans, see the new [api/v2/security/scanned-assets-metadata](https://docs.datadoghq.com/api/latest/security-monitoring/#list-scanned-assets-metadata) endpoint. This endpoint requires the `hosts_read` permission.

        OAuth apps require the `hosts_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#hosts) to access this endpoint.
        """
        return self.api_client.call(
            _LIST_HOSTS,
            {
                "filter": filter,
                "sort_field": sort_field,
                "sort_dir": sort_dir,
                "start": start,
                "count": count,
                "from_": from_,
                "include_muted_hosts_data": include_muted_hosts_data,
                "include_hosts_metadata": include_hosts_metadata,
            },
        )

    def mute_host(
        self,
        host_name: str,
        body: HostMuteSettings | dict[str, Any],
    ) -> MuteHostResponse:
        """Mute a host

        Mute a host. **Note:** This creates a [Downtime V2](https://docs.datadoghq.com/api/latest/downtimes/#schedule-a-downtime) for the host.
        """
        return self.api_client.call(
            _MUTE_HOST,
            {
                "host_name": host_name,
                "body": body,
            },
        )

    def unmute_host(
        self,
        host_name: str,
    ) -> MuteHostResponse:
        """Unmute a host

        Unmutes a host. This endpoint takes no JSON arguments."""
        return self.api_client.call(
            _UNMUTE_HOST,
            {
                "host_name": host_name,
            },
        )
