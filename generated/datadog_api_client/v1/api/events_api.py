"""The Event Management API allows you to programmatically post events to the Events Explorer and fetch events from the Events Explorer. See the [Event Management page](https://docs.datadoghq.com/service_management/events/) for more information.

**Update to Datadog monitor events `aggregation_key` starting March 1, 2025:** The Datadog monitor events `aggregation_key` is unique to each Monitor ID. Starting March 1st, this key will also include Monitor Group, making it unique per *Monitor ID and Monitor Group*. If you're using monitor events `aggregation_key` in dashboard queries or the Event API, you must migrate to use `@monitor.id`. Reach out to [support](https://www.datadoghq.com/support/) if you have any question.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v1.model.create_event_response import CreateEventResponse
    from datadog_api_client.v1.model.event_create_request import EventCreateRequest
    from datadog_api_client.v1.model.list_events_response import ListEventsResponse

_CREATE_EVENT = Endpoint(
    name="create_event",
    version="v1",
    method="POST",
    path="/api/v1/events",
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
    body_type="v1.model.event_create_request:EventCreateRequest",
    responses={
        202: "v1.model.create_event_response:CreateEventResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_GET_EVENT = Endpoint(
    name="get_event",
    version="v1",
    method="GET",
    path="/api/v1/events/{event_id}",
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
        200: "v1.model.create_event_response:CreateEventResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_LIST_EVENTS = Endpoint(
    name="list_events",
    version="v1",
    method="GET",
    path="/api/v1/events",
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
        "start": "start",
        "end": "end",
        "priority": "priority",
        "sources": "sources",
        "tags": "tags",
        "unaggregated": "unaggregated",
        "exclude_aggregate": "exclude_aggregate",
        "page": "page",
    },
    responses={
        200: "v1.model.list_events_response:ListEventsResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
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
        body: EventCreateRequest | dict[str, Any],
    ) -> CreateEventResponse:
        """Post an event

        This endpoint allows you to post events to the stream. Tag them, set priority and event aggregate them with other events.
        """
        return self.api_client.call(
            _CREATE_EVENT,
            {
                "body": body,
            },
        )

    def get_event(
        self,
        event_id: int,
    ) -> CreateEventResponse:
        """Get an event

        This endpoint allows you to query for event details.

        **Note**: If the event you're querying contains markdown formatting of any kind, you may see characters such as `%`,`\\`,`n` in your output.
        This endpoint requires the `events_read` permission.
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
        start: int,
        end: int,
        *,
        priority: Any | None = None,
        sources: str | None = None,
        tags: str | None = None,
        unaggregated: bool | None = None,
        exclude_aggregate: bool | None = None,
        page: int | None = None,
    ) -> ListEventsResponse:
        """Get a list of events

        The event stream can be queried and filtered by time, priority, sources and tags.

        **Notes**:

        - If the event you're querying contains markdown formatting of any kind, you may see characters such as `%`,`\\`,`n` in your output.

        - This endpoint returns a maximum of `1000` most recent results. To return additional results, identify the last timestamp of the last result and set that as the `end` query time to paginate the results. You can also use the page parameter to specify which set of `1000` results to return.
        This endpoint requires the `events_read` permission.
        OAuth apps require the `events_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#events) to access this endpoint.
        """
        return self.api_client.call(
            _LIST_EVENTS,
            {
                "start": start,
                "end": end,
                "priority": priority,
                "sources": sources,
                "tags": tags,
                "unaggregated": unaggregated,
                "exclude_aggregate": exclude_aggregate,
                "page": page,
            },
        )
