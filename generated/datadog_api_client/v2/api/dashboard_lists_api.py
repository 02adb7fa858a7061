"""Interact with your dashboard lists through the API to organize, find, and share all of your dashboards with your team and organization."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.create_dashboard_list_items_response import CreateDashboardListItemsResponse
    from datadog_api_client.v2.model.dashboard_list_add_items_request import DashboardListAddItemsRequest
    from datadog_api_client.v2.model.dashboard_list_delete_items_request import DashboardListDeleteItemsRequest
    from datadog_api_client.v2.model.dashboard_list_update_items_request import DashboardListUpdateItemsRequest
    from datadog_api_client.v2.model.delete_dashboard_list_items_response import DeleteDashboardListItemsResponse
    from datadog_api_client.v2.model.get_dashboard_list_items_response import GetDashboardListItemsResponse

_CREATE_DASHBOARD_LIST_ITEMS = Endpoint(
    name="create_dashboard_list_items",
    version="v2",
    method="POST",
    path="/api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"dashboard_list_id": "dashboard_list_id"},
    body_param="body",
    body_type="v2.model.dashboard_list_add_items_request:DashboardListAddItemsRequest",
    responses={
        200: "v2.model.create_dashboard_list_items_response:CreateDashboardListItemsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_DASHBOARD_LIST_ITEMS = Endpoint(
    name="delete_dashboard_list_items",
    version="v2",
    method="DELETE",
    path="/api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"dashboard_list_id": "dashboard_list_id"},
    body_param="body",
    body_type="v2.model.dashboard_list_delete_items_request:DashboardListDeleteItemsRequest",
    responses={
        200: "v2.model.delete_dashboard_list_items_response:DeleteDashboardListItemsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_DASHBOARD_LIST_ITEMS = Endpoint(
    name="get_dashboard_list_items",
    version="v2",
    method="GET",
    path="/api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"dashboard_list_id": "dashboard_list_id"},
    responses={
        200: "v2.model.get_dashboard_list_items_response:GetDashboardListItemsResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_DASHBOARD_LIST_ITEMS = Endpoint(
    name="update_dashboard_list_items",
    version="v2",
    method="PUT",
    path="/api/v2/dashboard/lists/manual/{dashboard_list_id}/dashboards",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"dashboard_list_id": "dashboard_list_id"},
    body_param="body",
    body_type="v2.model.dashboard_list_update_items_request:DashboardListUpdateItemsRequest",
    responses={
        200: "v2.model.dashboard_list_delete_items_request:DashboardListDeleteItemsRequest",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class DashboardListsApi:
    """Interact with your dashboard lists through the API to organize, find, and share all of your dashboards with your team and organization."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_dashboard_list_items(
        self,
        dashboard_list_id: int,
        body: DashboardListAddItemsRequest | dict[str, Any],
    ) -> CreateDashboardListItemsResponse:
        """Add Items to a Dashboard List

        Add dashboards to an existing dashboard list."""
        return self.api_client.call(
            _CREATE_DASHBOARD_LIST_ITEMS,
            {
                "dashboard_list_id": dashboard_list_id,
                "body": body,
            },
        )

    def delete_dashboard_list_items(
        self,
        dashboard_list_id: int,
        body: DashboardListDeleteItemsRequest | dict[str, Any],
    ) -> DeleteDashboardListItemsResponse:
        """Delete items from a dashboard list

        Delete dashboards from an existing dashboard list."""
        return self.api_client.call(
            _DELETE_DASHBOARD_LIST_ITEMS,
            {
                "dashboard_list_id": dashboard_list_id,
                "body": body,
            },
        )

    def get_dashboard_list_items(
        self,
        dashboard_list_id: int,
    ) -> GetDashboardListItemsResponse:
        """Get items of a Dashboard List

        Fetch the dashboard list's dashboard definitions. This endpoint requires the `dashboards_read` permission.

        OAuth apps require the `dashboards_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#dashboard-lists) to access this endpoint.
        """
        return self.api_client.call(
            _GET_DASHBOARD_LIST_ITEMS,
            {
                "dashboard_list_id": dashboard_list_id,
            },
        )

    def update_dashboard_list_items(
        self,
        dashboard_list_id: int,
        body: DashboardListUpdateItemsRequest | dict[str, Any],
    ) -> DashboardListDeleteItemsRequest:
        """Update items of a dashboard list

        Update dashboards of an existing dashboard list."""
        return self.api_client.call(
            _UPDATE_DASHBOARD_LIST_ITEMS,
            {
                "dashboard_list_id": dashboard_list_id,
                "body": body,
            },
        )
