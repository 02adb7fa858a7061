"""Search or aggregate your CI Visibility pipeline events and send them to your Datadog site over HTTP. See the [CI Pipeline Visibility in Datadog page](https://docs.datadoghq.com/continuous_integration/pipelines/) for more information."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.aggregate_ci_app_pipeline_events_response import (
        AggregateCIAppPipelineEventsResponse,
    )
    from datadog_api_client.v2.model.ci_app_create_pipeline_event_request import CIAppCreatePipelineEventRequest
    from datadog_api_client.v2.model.ci_app_pipeline_events_request import CIAppPipelineEventsRequest
    from datadog_api_client.v2.model.ci_app_pipelines_aggregate_request import CIAppPipelinesAggregateRequest
    from datadog_api_client.v2.model.cipipelines_response import CipipelinesResponse
    from datadog_api_client.v2.model.get_open_api_response import GetOpenAPIResponse

_AGGREGATE_CI_APP_PIPELINE_EVENTS = Endpoint(
    name="aggregate_ci_app_pipeline_events",
    version="v2",
    method="POST",
    path="/api/v2/ci/pipelines/analytics/aggregate",
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
    body_type="v2.model.ci_app_pipelines_aggregate_request:CIAppPipelinesAggregateRequest",
    responses={
        200: "v2.model.aggregate_ci_app_pipeline_events_response:AggregateCIAppPipelineEventsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_CREATE_CI_APP_PIPELINE_EVENT = Endpoint(
    name="create_ci_app_pipeline_event",
    version="v2",
    method="POST",
    path="/api/v2/ci/pipeline",
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
    body_type="v2.model.ci_app_create_pipeline_event_request:CIAppCreatePipelineEventRequest",
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

_LIST_CI_APP_PIPELINE_EVENTS = Endpoint(
    name="list_ci_app_pipeline_events",
    version="v2",
    method="GET",
    path="/api/v2/ci/pipelines/events",
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
        200: "v2.model.cipipelines_response:CipipelinesResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_SEARCH_CI_APP_PIPELINE_EVENTS = Endpoint(
    name="search_ci_app_pipeline_events",
    version="v2",
    method="POST",
    path="/api/v2/ci/pipelines/events/search",
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
    body_type="v2.model.ci_app_pipeline_events_request:CIAppPipelineEventsRequest",
    responses={
        200: "v2.model.cipipelines_response:CipipelinesResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class CIVisibilityPipelinesApi:
    """Search or aggregate your CI Visibility pipeline events and send them to your Datadog site over HTTP. See the [CI Pipeline Visibility in Datadog page](https://docs.datadoghq.com/continuous_integration/pipelines/) for more information."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def aggregate_ci_app_pipeline_events(
        self,
        body: CIAppPipelinesAggregateRequest | dict[str, Any],
    ) -> AggregateCIAppPipelineEventsResponse:
        """Aggregate pipelines events

        Use this API endpoint to aggregate CI Visibility pipeline events into buckets of computed metrics and timeseries. This endpoint requires the `ci_visibility_read` permission.

        OAuth apps require the `ci_visibility_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#ci-visibility-pipelines) to access this endpoint.
        """
        return self.api_client.call(
            _AGGREGATE_CI_APP_PIPELINE_EVENTS,
            {
                "body": body,
            },
        )

    def create_ci_app_pipeline_event(
        self,
        body: CIAppCreatePipelineEventRequest | dict[str, Any],
    ) -> GetOpenAPIResponse:
        """Send pipeline event

        Send your pipeline event to your Datadog platform over HTTP. For details about how pipeline executions are modeled and what execution types we support, see [Pipeline Data Model And Execution Types](https://docs.datadoghq.com/continuous_integration/guides/pipeline_data_model/).

        Multiple events can be sent in an array (up to 1000).

        Pipeline events can be submitted with a timestamp that is up to 18 hours in the past. The duration between the event start and end times cannot exceed 1 year.
        """
        return self.api_client.call(
            _CREATE_CI_APP_PIPELINE_EVENT,
            {
                "body": body,
            },
        )

    def list_ci_app_pipeline_events(
        self,
        *,
        filter_query: str | None = None,
        filter_from: str | None = None,
        filter_to: str | None = None,
        sort: Any | None = None,
        page_cursor: str | None = None,
        page_limit: int | None = None,
    ) -> CipipelinesResponse:
        """Get a list of pipelines events

        List endpoint returns CI Visibility pipeline events that match a [search query](https://docs.datadoghq.com/continuous_integration/explorer/search_syntax/). [Results are paginated similarly to logs](https://docs.datadoghq.com/logs/guide/collect-multiple-logs-with-pagination).

        Use this endpoint to see your latest pipeline events.
        This endpoint requires the `ci_visibility_read` permission.
        OAuth apps require the `ci_visibility_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#ci-visibility-pipelines) to access this endpoint.
        """
        return self.api_client.call(
            _LIST_CI_APP_PIPELINE_EVENTS,
            {
                "filter_query": filter_query,
                "filter_from": filter_from,
                "filter_to": filter_to,
                "sort": sort,
                "page_cursor": page_cursor,
                "page_limit": page_limit,
            },
        )

    def list_ci_app_pipeline_events_with_pagination(
        self,
        *,
        filter_query: str | None = None,
        filter_from: str | None = None,
        filter_to: str | None = None,
        sort: Any | None = None,
        page_cursor: str | None = None,
        page_limit: int | None = None,
    ) -> Iterator[Any]:
        """Every result of list_ci_app_pipeline_events, page after page: the cursor is followed for you."""
        return self.api_client.paginate(
            _LIST_CI_APP_PIPELINE_EVENTS,
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

    def search_ci_app_pipeline_events(
        self,
        *,
        body: CIAppPipelineEventsRequest | dict[str, Any] | None = None,
    ) -> CipipelinesResponse:
        """Search pipelines events

        List endpoint returns CI Visibility pipeline events that match a [search query](https://docs.datadoghq.com/continuous_integration/explorer/search_syntax/). [Results are paginated similarly to logs](https://docs.datadoghq.com/logs/guide/collect-multiple-logs-with-pagination).

        Use this endpoint to build complex events filtering and search.
        This endpoint requires the `ci_visibility_read` permission.
        OAuth apps require the `ci_visibility_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#ci-visibility-pipelines) to access this endpoint.
        """
        return self.api_client.call(
            _SEARCH_CI_APP_PIPELINE_EVENTS,
            {
                "body": body,
            },
        )

    def search_ci_app_pipeline_events_with_pagination(
        self,
        *,
        body: CIAppPipelineEventsRequest | dict[str, Any] | None = None,
    ) -> Iterator[Any]:
        """Every result of search_ci_app_pipeline_events, page after page: the cursor is followed for you."""
        return self.api_client.paginate(
            _SEARCH_CI_APP_PIPELINE_EVENTS,
            {
                "body": body,
            },
            Pagination(cursor=("body", "page", "cursor")),
        )
