"""Interact with your dashboard lists through the API to organize, find, and share all of your dashboards with your team and organization."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v1.model.dashboard_list import DashboardList
    from datadog_api_client.v1.model.delete_dashboard_list_response import DeleteDashboardListResponse
    from datadog_api_client.v1.model.list_dashboard_lists_response import ListDashboardListsResponse

_CREATE_DASHBOARD_LIST = Endpoint(
    name="create_dashboard_list",
    version="v1",
    method="POST",
    path="/api/v1/dashboard/lists/manual",
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
    body_type="v1.model.dashboard_list:DashboardList",
    responses={
        200: "v1.model.dashboard_list:DashboardList",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_DELETE_DASHBOARD_LIST = Endpoint(
    name="delete_dashboard_list",
    version="v1",
    method="DELETE",
    path="/api/v1/dashboard/lists/manual/{list_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"list_id": "list_id"},
    responses={
        200: "v1.model.delete_dashboard_list_response:DeleteDashboardListResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_GET_DASHBOARD_LIST = Endpoint(
    name="get_dashboard_list",
    version="v1",
    method="GET",
    path="/api/v1/dashboard/lists/manual/{list_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"list_id": "list_id"},
    responses={
        200: "v1.model.dashboard_list:DashboardList",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_LIST_DASHBOARD_LISTS = Endpoint(
    name="list_dashboard_lists",
    version="v1",
    method="GET",
    path="/api/v1/dashboard/lists/manual",
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
        200: "v1.model.list_dashboard_lists_response:ListDashboardListsResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_UPDATE_DASHBOARD_LIST = Endpoint(
    name="update_dashboard_list",
    version="v1",
    method="PUT",
    path="/api/v1/dashboard/lists/manual/{list_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"list_id": "list_id"},
    body_param="body",
    body_type="v1.model.dashboard_list:DashboardList",
    responses={
        200: "v1.model.dashboard_list:DashboardList",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)


class DashboardListsApi:
    """Interact with your dashboard lists through the API to organize, find, and share all of your dashboards with your team and organization."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_dashboard_list(
        self,
        body: DashboardList | dict[str, Any],
    ) -> DashboardList:
        """Create a dashboard list

        Create an empty dashboard list. This endpoint requires the `dashboards_write` permission.

        OAuth apps require the `dashboards_write` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#dashboard-lists) to access this endpoint.
        """
        return self.api_client.call(
            _CREATE_DASHBOARD_LIST,
            {
                "body": body,
            },
        )

    def delete_dashboard_list(
        self,
        list_id: int,
    ) -> DeleteDashboardListResponse:
        """Delete a dashboard list

        Delete a dashboard list. This endpoint requires the `dashboards_write` permission.

        OAuth apps require the `dashboards_write` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#dashboard-lists) to access this endpoint.
        """
        return self.api_client.call(
            _DELETE_DASHBOARD_LIST,
            {
                "list_id": list_id,
            },
        )

    def get_dashboard_list(
        self,
        list_id: int,
    ) -> DashboardList:
        """Get a dashboard list

        Fetch an existing dashboard list's definition. This endpoint requires the `dashboards_read` permission.

        OAuth apps require the `dashboards_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#dashboard-lists) to access this endpoint.
        """
        return self.api_client.call(
            _GET_DASHBOARD_LIST,
            {
                "list_id": list_id,
            },
        )

    def list_dashboard_lists(
        self,
    ) -> ListDashboardListsResponse:
        """Get all dashboard lists

        Fetch all of your existing dashboard list definitions. This endpoint requires the `dashboards_read` permission.

        OAuth apps require the `dashboards_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#dashboard-lists) to access this endpoint.
        """
        return self.api_client.call(
            _LIST_DASHBOARD_LISTS,
            {},
        )

    def update_dashboard_list(
        self,
        list_id: int,
        body: DashboardList | dict[str, Any],
    ) -> DashboardList:
        """Update a dashboard list

        Update the name of a dashboard list. This endpoint requires the `dashboards_write` permission.

        OAuth apps require the `dashboards_write` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#dashboard-lists) to access this endpoint.
        """
        return self.api_client.call(
            _UPDATE_DASHBOARD_LIST,
            {
                "list_id": list_id,
                "body": body,
            },
        )
