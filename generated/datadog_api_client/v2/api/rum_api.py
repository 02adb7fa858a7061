"""Manage your Real User Monitoring (RUM) applications, and search or aggregate your RUM events over HTTP. See the [RUM & Session Replay page](https://docs.datadoghq.com/real_user_monitoring/) for more information"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.aggregate_rum_events_response import AggregateRUMEventsResponse
    from datadog_api_client.v2.model.rum_aggregate_request import RUMAggregateRequest
    from datadog_api_client.v2.model.rum_application_create_request import RUMApplicationCreateRequest
    from datadog_api_client.v2.model.rum_application_response import RumApplicationResponse
    from datadog_api_client.v2.model.rum_application_update_request import RUMApplicationUpdateRequest
    from datadog_api_client.v2.model.rum_applications_response import RumApplicationsResponse
    from datadog_api_client.v2.model.rum_search_events_request import RUMSearchEventsRequest
    from datadog_api_client.v2.model.rums_response import RumsResponse

_AGGREGATE_RUM_EVENTS = Endpoint(
    name="aggregate_rum_events",
    version="v2",
    method="POST",
    path="/api/v2/rum/analytics/aggregate",
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
    body_type="v2.model.rum_aggregate_request:RUMAggregateRequest",
    responses={
        200: "v2.model.aggregate_rum_events_response:AggregateRUMEventsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_CREATE_RUM_APPLICATION = Endpoint(
    name="create_rum_application",
    version="v2",
    method="POST",
    path="/api/v2/rum/applications",
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
    body_type="v2.model.rum_application_create_request:RUMApplicationCreateRequest",
    responses={
        200: "v2.model.rum_application_response:RumApplicationResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_RUM_APPLICATION = Endpoint(
    name="delete_rum_application",
    version="v2",
    method="DELETE",
    path="/api/v2/rum/applications/{id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"id": "id"},
    responses={
        204: None,
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_RUM_APPLICATION = Endpoint(
    name="get_rum_application",
    version="v2",
    method="GET",
    path="/api/v2/rum/applications/{id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"id": "id"},
    responses={
        200: "v2.model.rum_application_response:RumApplicationResponse",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_RUM_APPLICATIONS = Endpoint(
    name="get_rum_applications",
    version="v2",
    method="GET",
    path="/api/v2/rum/applications",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    responses={
        200: "v2.model.rum_applications_response:RumApplicationsResponse",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_RUM_EVENTS = Endpoint(
    name="list_rum_events",
    version="v2",
    method="GET",
    path="/api/v2/rum/events",
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
        200: "v2.model.rums_response:RumsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_SEARCH_RUM_EVENTS = Endpoint(
    name="search_rum_events",
    version="v2",
    method="POST",
    path="/api/v2/rum/events/search",
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
    body_type="v2.model.rum_search_events_request:RUMSearchEventsRequest",
    responses={
        200: "v2.model.rums_response:RumsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_RUM_APPLICATION = Endpoint(
    name="update_rum_application",
    version="v2",
    method="PATCH",
    path="/api/v2/rum/applications/{id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"id": "id"},
    body_param="body",
    body_type="v2.model.rum_application_update_request:RUMApplicationUpdateRequest",
    responses={
        200: "v2.model.rum_application_response:RumApplicationResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        422: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class RUMApi:
    """Manage your Real User Monitoring (RUM) applications, and search or aggregate your RUM events over HTTP. See the [RUM & Session Replay page](https://docs.datadoghq.com/real_user_monitoring/) for more information"""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def aggregate_rum_events(
        self,
        body: RUMAggregateRequest | dict[str, Any],
    ) -> AggregateRUMEventsResponse:
        """Aggregate RUM events

        The API endpoint to aggregate RUM events into buckets of computed metrics and timeseries. This endpoint requires the `rum_apps_read` permission.
        """
        return self.api_client.call(
            _AGGREGATE_RUM_EVENTS,
            {
                "body": body,
            },
        )

    def create_rum_application(
        self,
        body: RUMApplicationCreateRequest | dict[str, Any],
    ) -> RumApplicationResponse:
        """Create a new RUM application

        Create a new RUM application in your organization. This endpoint requires the `rum_apps_write` permission."""
        return self.api_client.call(
            _CREATE_RUM_APPLICATION,
            {
                "body": body,
            },
        )

    def delete_rum_application(
        self,
        id: str,
    ) -> None:
        """Delete a RUM application

        Delete an existing RUM application in your organization. This endpoint requires the `rum_apps_write` permission.
        """
        return self.api_client.call(
            _DELETE_RUM_APPLICATION,
            {
                "id": id,
            },
        )

    def get_rum_application(
        self,
        id: str,
    ) -> RumApplicationResponse:
        """Get a RUM application

        Get the RUM application with given ID in your organization. This endpoint requires the `rum_apps_read` permission.
        """
        return self.api_client.call(
            _GET_RUM_APPLICATION,
            {
                "id": id,
            },
        )

    def get_rum_applications(
        self,
    ) -> RumApplicationsResponse:
        """List all the RUM applications

        List all the RUM applications in your organization. This endpoint requires the `rum_apps_read` permission."""
        return self.api_client.call(
            _GET_RUM_APPLICATIONS,
            {},
        )

    def list_rum_events(
        self,
        *,
        filter_query: str | None = None,
        filter_from: str | None = None,
        filter_to: str | None = None,
        sort: Any | None = None,
        page_cursor: str | None = None,
        page_limit: int | None = None,
    ) -> RumsResponse:
        """Get a list of RUM events

        List endpoint returns events that match a RUM search query. [Results are paginated](https://docs.datadoghq.com/logs/guide/collect-multiple-logs-with-pagination).

        Use this endpoint to see your latest RUM events.
        This endpoint requires the `rum_apps_read` permission."""
        return self.api_client.call(
            _LIST_RUM_EVENTS,
            {
                "filter_query": filter_query,
                "filter_from": filter_from,
                "filter_to": filter_to,
                "sort": sort,
                "page_cursor": page_cursor,
                "page_limit": page_limit,
            },
        )

    def list_rum_events_with_pagination(
        self,
        *,
        filter_query: str | None = None,
        filter_from: str | None = None,
        filter_to: str | None = None,
        sort: Any | None = None,
        page_cursor: str | None = None,
        page_limit: int | None = None,
    ) -> Iterator[Any]:
        """Every result of list_rum_events, page after page: the cursor is followed for you."""
        return self.api_client.paginate(
            _LIST_RUM_EVENTS,
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

    def search_rum_events(
        self,
        body: RUMSearchEventsRequest | dict[str, Any],
    ) -> RumsResponse:
        """Search RUM events

        List endpoint returns RUM events that match a RUM search query. [Results are paginated](https://docs.datadoghq.com/logs/guide/collect-multiple-logs-with-pagination).

        Use this endpoint to build complex RUM events filtering and search.
        This endpoint requires the `rum_apps_read` permission."""
        return self.api_client.call(
            _SEARCH_RUM_EVENTS,
            {
                "body": body,
            },
        )

    def search_rum_events_with_pagination(
        self,
        body: RUMSearchEventsRequest | dict[str, Any],
    ) -> Iterator[Any]:
        """Every result of search_rum_events, page after page: the cursor is followed for you."""
        return self.api_client.paginate(
            _SEARCH_RUM_EVENTS,
            {
                "body": body,
            },
            Pagination(cursor=("body", "page", "cursor")),
        )

    def update_rum_application(
        self,
        id: str,
        body: RUMApplicationUpdateRequest | dict[str, Any],
    ) -> RumApplicationResponse:
        """Update a RUM application

        Update the RUM application with given ID in your organization. This endpoint requires the `rum_apps_write` permission.
        """
        return self.api_client.call(
            _UPDATE_RUM_APPLICATION,
            {
                "id": id,
                "body": body,
            },
        )
