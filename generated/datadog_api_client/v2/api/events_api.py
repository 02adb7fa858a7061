"""The Event Management API allows you to programmatically post events to the Events Explorer and fetch events from the Events Explorer. See the [Event Management page](https://docs.datadoghq.com/service_management/events/) for more information.

**Update to Datadog monitor events `aggregation_key` starting March 1, 2025:** The Datadog monitor events `aggregation_key` is unique to each Monitor ID. Starting March 1st, this key will also include Monitor Group, making it unique per *Monitor ID and Monitor Group*. If you're using monitor events `aggregation_key` in dashboard queries or the Event API, you must migrate to use `@monitor.id`. Reach out to [support](https://www.datadoghq.com/support/) if you have any question.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.create_event_response import CreateEventResponse
    from datadog_api_client.v2.model.event_create_request_payload import EventCreateRequestPayload
    from datadog_api_client.v2.model.events_list_request import EventsListRequest
    from datadog_api_client.v2.model.events_response import EventsResponse
    from datadog_api_client.v2.model.get_event_response import GetEventResponse

_CREATE_EVENT = Endpoint(
    name="create_event",
    version="v2",
    method="POST",
    path="/api/v2/events",
    servers={
        "ap1.datadoghq.com": "https://event-management-intake.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://event-management-intake.ap2.datadoghq.com",
        "datadoghq.com": "https://event-management-intake.datadoghq.com",
        "datadoghq.eu": "https://event-management-intake.datadoghq.eu",
        "ddog-gov.com": "https://event-management-intake.ddog-gov.com",
        "us3.datadoghq.com": "https://event-management-intake.us3.datadoghq.com",
        "us5.datadoghq.com": "https://event-management-intake.us5.datadoghq.com",
    },
    body_param="body",
    body_type="v2.model.event_create_request_payload:EventCreateRequestPayload",
    responses={
        202: "v2.model.create_event_response:CreateEventResponse",
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response:APIErrorResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_EVENT = Endpoint(
    name="get_event",
    version="v2",
    method="GET",
    path="/api/v2/events/{event_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"event_id": "event_id"},
    responses={
        200: "v2.model.get_event_response:GetEventResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_EVENTS = Endpoint(
    name="list_events",
    version="v2",
    method="GET",
    path="/api/v2/events",
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
        200: "v2.model.events_response:EventsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_SEARCH_EVENTS = Endpoint(
    name="search_events",
    version="v2",
    method="POST",
    path="/api/v2/events/search",
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
    body_type="v2.model.events_list_request:EventsListRequest",
    responses={
        200: "v2.model.events_response:EventsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class EventsApi:
    """The Event Management API allows you to programmatically post events to the Events Explorer and fetch events from the Events Explorer. See the [Event Management page](https://docs.datadoghq.com/service_management/events/) for more information.

    **Update to Datadog monitor events `aggregation_key` starting March 1, 2025:** The Datadog monitor events `aggregation_key` is unique to each Monitor ID. Starting March 1st, this key will also include Monitor Group, making it unique per *Monitor ID and Monitor Group*. If you're using monitor events `aggregation_key` in dashboard queries or the Event API, you must migrate to use `@monitor.id`. Reach out to [support](https://www.datadoghq.com/support/) if you have any question.
    """

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_event(
        self,
        body: EventCreateRequestPayload | dict[str, Any],
    ) -> CreateEventResponse:
        """Post an event

        This endpoint allows you to publish events.

        **Note:** To utilize this endpoint with our client libraries, please ensure you are using the latest version released on or after July 1, 2025. Earlier versions do not support this functionality.

        **Important:** Upgrade to the latest client library version to use the updated endpoint at `https://event-management-intake.{site}/api/v2/events`. Older client library versions of the Post an event (v2) API send requests to a deprecated endpoint (`https://api.{site}/api/v2/events`).

        â  **Only events with the `change` or `alert` category** are in General Availability. For change events, see [Change Tracking](https://docs.datadoghq.com/change_tracking) for more details.

        â  For use cases involving other event categories, use the V1 endpoint or reach out to [support](https://www.datadoghq.com/support/).
        """
        return self.api_client.call(
            _CREATE_EVENT,
            {
                "body": body,
            },
        )

    def get_event(
        self,
        event_id: str,
    ) -> GetEventResponse:
        """Get an event

        Get the details of an event by `event_id`. This endpoint requires the `events_read` permission.

        OAuth apps require the `events_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#events) to access this endpoint.
        """
        return self.api_client.call(
            _GET_EVENT,
            {
                "event_id": event_id,
            },
        )

    def list_events(
        self,
        *,
        filter_query: str | None = None,
        filter_from: str | None = None,
        filter_to: str | None = None,
        sort: Any | None = None,
        page_cursor: str | None = None,
        page_limit: int | None = None,
    ) -> EventsResponse:
        """Get a list of events

        List endpoint returns events that match an events search query. [Results are paginated similarly to logs](https://docs.datadoghq.com/logs/guide/collect-multiple-logs-with-pagination).

        Use this endpoint to see your latest events.
        This endpoint requires the `events_read` permission.
        OAuth apps require the `events_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#events) to access this endpoint.
        """
        return self.api_client.call(
            _LIST_EVENTS,
            {
                "filter_query": filter_query,
                "filter_from": filter_from,
                "filter_to": filter_to,
                "sort": sort,
                "page_cursor": page_cursor,
                "page_limit": page_limit,
            },
        )

    def list_events_with_pagination(
        self,
        *,
        filter_query: str | None = None,
        filter_from: str | None = None,
        filter_to: str | None = None,
        sort: Any | None = None,
        page_cursor: str | None = None,
        page_limit: int | None = None,
    ) -> Iterator[Any]:
        """Every result of list_events, page after page: the cursor is followed for you."""
        return self.api_client.paginate(
            _LIST_EVENTS,
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

    def search_events(
        self,
        *,
        body: EventsListRequest | dict[str, Any] | None = None,
    ) -> EventsResponse:
        """Search events

        List endpoint returns events that match an events search query. [Results are paginated similarly to logs](https://docs.datadoghq.com/logs/guide/collect-multiple-logs-with-pagination).

        Use this endpoint to build complex events filtering and search.
        This endpoint requires the `events_read` permission."""
        return self.api_client.call(
            _SEARCH_EVENTS,
            {
                "body": body,
            },
        )

    def search_events_with_pagination(
        self,
        *,
        body: EventsListRequest | dict[str, Any] | None = None,
    ) -> Iterator[Any]:
        """Every result of search_events, page after page: the cursor is followed for you."""
        return self.api_client.paginate(
            _SEARCH_EVENTS,
            {
                "body": body,
            },
            Pagination(cursor=("body", "page", "cursor")),
        )
