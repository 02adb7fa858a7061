"""Manage your status pages and communicate service disruptions to stakeholders via Datadog's API. See the [Status Pages documentation](https://docs.datadoghq.com/incident_response/status_pages/) for more information."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.component_response import ComponentResponse
    from datadog_api_client.v2.model.components_response import ComponentsResponse
    from datadog_api_client.v2.model.create_component_request import CreateComponentRequest
    from datadog_api_client.v2.model.create_degradation_request import CreateDegradationRequest
    from datadog_api_client.v2.model.create_status_page_request import CreateStatusPageRequest
    from datadog_api_client.v2.model.degradation_response import DegradationResponse
    from datadog_api_client.v2.model.degradations_response import DegradationsResponse
    from datadog_api_client.v2.model.status_page_response import StatusPageResponse
    from datadog_api_client.v2.model.status_pages_response import StatusPagesResponse
    from datadog_api_client.v2.model.update_component_request import UpdateComponentRequest
    from datadog_api_client.v2.model.update_degradation_request import UpdateDegradationRequest
    from datadog_api_client.v2.model.update_status_page_request import UpdateStatusPageRequest

_CREATE_COMPONENT = Endpoint(
    name="create_component",
    version="v2",
    method="POST",
    path="/api/v2/statuspages/{page_id}/components",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"page_id": "page_id"},
    query_params={"include": "include"},
    body_param="body",
    body_type="v2.model.create_component_request:CreateComponentRequest",
    responses={
        201: "v2.model.component_response:ComponentResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_CREATE_DEGRADATION = Endpoint(
    name="create_degradation",
    version="v2",
    method="POST",
    path="/api/v2/statuspages/{page_id}/degradations",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"page_id": "page_id"},
    query_params={"notify_subscribers": "notify_subscribers", "include": "include"},
    body_param="body",
    body_type="v2.model.create_degradation_request:CreateDegradationRequest",
    responses={
        201: "v2.model.degradation_response:DegradationResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_CREATE_STATUS_PAGE = Endpoint(
    name="create_status_page",
    version="v2",
    method="POST",
    path="/api/v2/statuspages",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    query_params={"include": "include"},
    body_param="body",
    body_type="v2.model.create_status_page_request:CreateStatusPageRequest",
    responses={
        201: "v2.model.status_page_response:StatusPageResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_COMPONENT = Endpoint(
    name="delete_component",
    version="v2",
    method="DELETE",
    path="/api/v2/statuspages/{page_id}/components/{component_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"page_id": "page_id", "component_id": "component_id"},
    responses={204: None, 429: "v2.model.api_error_response2:APIErrorResponse2"},
)

_DELETE_DEGRADATION = Endpoint(
    name="delete_degradation",
    version="v2",
    method="DELETE",
    path="/api/v2/statuspages/{page_id}/degradations/{degradation_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"page_id": "page_id", "degradation_id": "degradation_id"},
    responses={204: None, 429: "v2.model.api_error_response2:APIErrorResponse2"},
)

_DELETE_STATUS_PAGE = Endpoint(
    name="delete_status_page",
    version="v2",
    method="DELETE",
    path="/api/v2/statuspages/{page_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"page_id": "page_id"},
    responses={204: None, 429: "v2.model.api_error_response2:APIErrorResponse2"},
)

_GET_COMPONENT = Endpoint(
    name="get_component",
    version="v2",
    method="GET",
    path="/api/v2/statuspages/{page_id}/components/{component_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"page_id": "page_id", "component_id": "component_id"},
    query_params={"include": "include"},
    responses={
        200: "v2.model.component_response:ComponentResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_DEGRADATION = Endpoint(
    name="get_degradation",
    version="v2",
    method="GET",
    path="/api/v2/statuspages/{page_id}/degradations/{degradation_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"page_id": "page_id", "degradation_id": "degradation_id"},
    query_params={"include": "include"},
    responses={
        200: "v2.model.degradation_response:DegradationResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_STATUS_PAGE = Endpoint(
    name="get_status_page",
    version="v2",
    method="GET",
    path="/api/v2/statuspages/{page_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"page_id": "page_id"},
    query_params={"include": "include"},
    responses={
        200: "v2.model.status_page_response:StatusPageResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_COMPONENTS = Endpoint(
    name="list_components",
    version="v2",
    method="GET",
    path="/api/v2/statuspages/{page_id}/components",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"page_id": "page_id"},
    query_params={"include": "include"},
    responses={
        200: "v2.model.components_response:ComponentsResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_DEGRADATIONS = Endpoint(
    name="list_degradations",
    version="v2",
    method="GET",
    path="/api/v2/statuspages/degradations",
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
        "filter_page_id": "filter[page_id]",
        "page_offset": "page[offset]",
        "page_limit": "page[limit]",
        "include": "include",
        "filter_status": "filter[status]",
    },
    responses={
        200: "v2.model.degradations_response:DegradationsResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_STATUS_PAGES = Endpoint(
    name="list_status_pages",
    version="v2",
    method="GET",
    path="/api/v2/statuspages",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    query_params={"page_offset": "page[offset]", "page_limit": "page[limit]", "include": "include"},
    responses={
        200: "v2.model.status_pages_response:StatusPagesResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_COMPONENT = Endpoint(
    name="update_component",
    version="v2",
    method="PATCH",
    path="/api/v2/statuspages/{page_id}/components/{component_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"page_id": "page_id", "component_id": "component_id"},
    query_params={"include": "include"},
    body_param="body",
    body_type="v2.model.update_component_request:UpdateComponentRequest",
    responses={
        200: "v2.model.component_response:ComponentResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_DEGRADATION = Endpoint(
    name="update_degradation",
    version="v2",
    method="PATCH",
    path="/api/v2/statuspages/{page_id}/degradations/{degradation_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"page_id": "page_id", "degradation_id": "degradation_id"},
    query_params={"notify_subscribers": "notify_subscribers", "include": "include"},
    body_param="body",
    body_type="v2.model.update_degradation_request:UpdateDegradationRequest",
    responses={
        200: "v2.model.degradation_response:DegradationResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_STATUS_PAGE = Endpoint(
    name="update_status_page",
    version="v2",
    method="PATCH",
    path="/api/v2/statuspages/{page_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"page_id": "page_id"},
    query_params={"delete_subscribers": "delete_subscribers", "include": "include"},
    body_param="body",
    body_type="v2.model.update_status_page_request:UpdateStatusPageRequest",
    responses={
        200: "v2.model.status_page_response:StatusPageResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class StatusPagesApi:
    """Manage your status pages and communicate service disruptions to stakeholders via Datadog's API. See the [Status Pages documentation](https://docs.datadoghq.com/incident_response/status_pages/) for more information."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_component(
        self,
        page_id: str,
        body: CreateComponentRequest | dict[str, Any],
        *,
        include: str | None = None,
    ) -> ComponentResponse:
        """Create component

        Creates a new component. This endpoint requires the `status_pages_settings_write` permission."""
        return self.api_client.call(
            _CREATE_COMPONENT,
            {
                "page_id": page_id,
                "body": body,
                "include": include,
            },
        )

    def create_degradation(
        self,
        page_id: str,
        body: CreateDegradationRequest | dict[str, Any],
        *,
        notify_subscribers: bool | None = None,
        include: str | None = None,
    ) -> DegradationResponse:
        """Create degradation

        Creates a new degradation. This endpoint requires the `status_pages_incident_write` permission."""
        return self.api_client.call(
            _CREATE_DEGRADATION,
            {
                "page_id": page_id,
                "body": body,
                "notify_subscribers": notify_subscribers,
                "include": include,
            },
        )

    def create_status_page(
        self,
        body: CreateStatusPageRequest | dict[str, Any],
        *,
        include: str | None = None,
    ) -> StatusPageResponse:
        """Create status page

        Creates a new status page. This endpoint requires the `status_pages_settings_write` permission."""
        return self.api_client.call(
            _CREATE_STATUS_PAGE,
            {
                "body": body,
                "include": include,
            },
        )

    def delete_component(
        self,
        page_id: str,
        component_id: str,
    ) -> None:
        """Delete component

        Deletes a component by its ID. This endpoint requires the `status_pages_settings_write` permission."""
        return self.api_client.call(
            _DELETE_COMPONENT,
            {
                "page_id": page_id,
                "component_id": component_id,
            },
        )

    def delete_degradation(
        self,
        page_id: str,
        degradation_id: str,
    ) -> None:
        """Delete degradation

        Deletes a degradation by its ID. This endpoint requires the `status_pages_incident_write` permission."""
        return self.api_client.call(
            _DELETE_DEGRADATION,
            {
                "page_id": page_id,
                "degradation_id": degradation_id,
            },
        )

    def delete_status_page(
        self,
        page_id: str,
    ) -> None:
        """Delete status page

        Deletes a status page by its ID. This endpoint requires the `status_pages_settings_write` permission."""
        return self.api_client.call(
            _DELETE_STATUS_PAGE,
            {
                "page_id": page_id,
            },
        )

    def get_component(
        self,
        page_id: str,
        component_id: str,
        *,
        include: str | None = None,
    ) -> ComponentResponse:
        """Get component

        Retrieves a specific component by its ID. This endpoint requires the `status_pages_settings_read` permission."""
        return self.api_client.call(
            _GET_COMPONENT,
            {
                "page_id": page_id,
                "component_id": component_id,
                "include": include,
            },
        )

    def get_degradation(
        self,
        page_id: str,
        degradation_id: str,
        *,
        include: str | None = None,
    ) -> DegradationResponse:
        """Get degradation

        Retrieves a specific degradation by its ID. This endpoint requires the `status_pages_settings_read` permission.
        """
        return self.api_client.call(
            _GET_DEGRADATION,
            {
                "page_id": page_id,
                "degradation_id": degradation_id,
                "include": include,
            },
        )

    def get_status_page(
        self,
        page_id: str,
        *,
        include: str | None = None,
    ) -> StatusPageResponse:
        """Get status page

        Retrieves a specific status page by its ID. This endpoint requires the `status_pages_settings_read` permission.
        """
        return self.api_client.call(
            _GET_STATUS_PAGE,
            {
                "page_id": page_id,
                "include": include,
            },
        )

    def list_components(
        self,
        page_id: str,
        *,
        include: str | None = None,
    ) -> ComponentsResponse:
        """List components

        Lists all components for a status page. This endpoint requires the `status_pages_settings_read` permission."""
        return self.api_client.call(
            _LIST_COMPONENTS,
            {
                "page_id": page_id,
                "include": include,
            },
        )

    def list_degradations(
        self,
        *,
        filter_page_id: str | None = None,
        page_offset: int | None = None,
        page_limit: int | None = None,
        include: str | None = None,
        filter_status: str | None = None,
    ) -> DegradationsResponse:
        """List degradations

        Lists all degradations for the organization. Optionally filter by status and page. This endpoint requires the `status_pages_settings_read` permission.
        """
        return self.api_client.call(
            _LIST_DEGRADATIONS,
            {
                "filter_page_id": filter_page_id,
                "page_offset": page_offset,
                "page_limit": page_limit,
                "include": include,
                "filter_status": filter_status,
            },
        )

    def list_status_pages(
        self,
        *,
        page_offset: int | None = None,
        page_limit: int | None = None,
        include: str | None = None,
    ) -> StatusPagesResponse:
        """List status pages

        Lists all status pages for the organization. This endpoint requires the `status_pages_settings_read` permission.
        """
        return self.api_client.call(
            _LIST_STATUS_PAGES,
            {
                "page_offset": page_offset,
                "page_limit": page_limit,
                "include": include,
            },
        )

    def update_component(
        self,
        page_id: str,
        component_id: str,
        body: UpdateComponentRequest | dict[str, Any],
        *,
        include: str | None = None,
    ) -> ComponentResponse:
        """Update component

        Updates an existing component's attributes. This endpoint requires the `status_pages_settings_write` permission.
        """
        return self.api_client.call(
            _UPDATE_COMPONENT,
            {
                "page_id": page_id,
                "component_id": component_id,
                "body": body,
                "include": include,
            },
        )

    def update_degradation(
        self,
        page_id: str,
        degradation_id: str,
        body: UpdateDegradationRequest | dict[str, Any],
        *,
        notify_subscribers: bool | None = None,
        include: str | None = None,
    ) -> DegradationResponse:
        """Update degradation

        Updates an existing degradation's attributes. This endpoint requires the `status_pages_incident_write` permission.
        """
        return self.api_client.call(
            _UPDATE_DEGRADATION,
            {
                "page_id": page_id,
                "degradation_id": degradation_id,
                "body": body,
                "notify_subscribers": notify_subscribers,
                "include": include,
            },
        )

    def update_status_page(
        self,
        page_id: str,
        body: UpdateStatusPageRequest | dict[str, Any],
        *,
        delete_subscribers: bool | None = None,
        include: str | None = None,
    ) -> StatusPageResponse:
        """Update status page

        Updates an existing status page's attributes. This endpoint requires the `status_pages_settings_write` permission.
        """
        return self.api_client.call(
            _UPDATE_STATUS_PAGE,
            {
                "page_id": page_id,
                "body": body,
                "delete_subscribers": delete_subscribers,
                "include": include,
            },
        )
