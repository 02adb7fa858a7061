"""Manage configuration of [log indexes](https://docs.datadoghq.com/logs/indexes/)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v1.model.list_log_indexes_response import ListLogIndexesResponse
    from datadog_api_client.v1.model.logs_index import LogsIndex
    from datadog_api_client.v1.model.logs_index_update_request import LogsIndexUpdateRequest
    from datadog_api_client.v1.model.logs_indexes_order import LogsIndexesOrder

_CREATE_LOGS_INDEX = Endpoint(
    name="create_logs_index",
    version="v1",
    method="POST",
    path="/api/v1/logs/config/indexes",
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
    body_type="v1.model.logs_index:LogsIndex",
    responses={
        200: "v1.model.logs_index:LogsIndex",
        400: "v1.model.list_logs400_response:ListLogs400Response",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        422: "v1.model.list_logs400_response:ListLogs400Response",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_DELETE_LOGS_INDEX = Endpoint(
    name="delete_logs_index",
    version="v1",
    method="DELETE",
    path="/api/v1/logs/config/indexes/{name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"name": "name"},
    responses={
        200: None,
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.list_logs400_response:ListLogs400Response",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_GET_LOGS_INDEX = Endpoint(
    name="get_logs_index",
    version="v1",
    method="GET",
    path="/api/v1/logs/config/indexes/{name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"name": "name"},
    responses={
        200: "v1.model.logs_index:LogsIndex",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.list_logs400_response:ListLogs400Response",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_GET_LOGS_INDEX_ORDER = Endpoint(
    name="get_logs_index_order",
    version="v1",
    method="GET",
    path="/api/v1/logs/config/index-order",
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
        200: "v1.model.logs_indexes_order:LogsIndexesOrder",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_LIST_LOG_INDEXES = Endpoint(
    name="list_log_indexes",
    version="v1",
    method="GET",
    path="/api/v1/logs/config/indexes",
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
        200: "v1.model.list_log_indexes_response:ListLogIndexesResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_UPDATE_LOGS_INDEX = Endpoint(
    name="update_logs_index",
    version="v1",
    method="PUT",
    path="/api/v1/logs/config/indexes/{name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"name": "name"},
    body_param="body",
    body_type="v1.model.logs_index_update_request:LogsIndexUpdateRequest",
    responses={
        200: "v1.model.logs_index:LogsIndex",
        400: "v1.model.list_logs400_response:ListLogs400Response",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.list_logs400_response:ListLogs400Response",
    },
)

_UPDATE_LOGS_INDEX_ORDER = Endpoint(
    name="update_logs_index_order",
    version="v1",
    method="PUT",
    path="/api/v1/logs/config/index-order",
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
    body_type="v1.model.logs_indexes_order:LogsIndexesOrder",
    responses={
        200: "v1.model.logs_indexes_order:LogsIndexesOrder",
        400: "v1.model.list_logs400_response:ListLogs400Response",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)


class LogsIndexesApi:
    """Manage configuration of [log indexes](https://docs.datadoghq.com/logs/indexes/)."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_logs_index(
        self,
        body: LogsIndex | dict[str, Any],
    ) -> LogsIndex:
        """Create an index

        Creates a new index. Returns the Index object passed in the request body when the request is successful. This endpoint requires the `logs_modify_indexes` permission.
        """
        return self.api_client.call(
            _CREATE_LOGS_INDEX,
            {
                "body": body,
            },
        )

    def delete_logs_index(
        self,
        name: str,
    ) -> None:
        """Delete an index

        Delete an existing index from your organization. Index deletions are permanent and cannot be reverted. You cannot recreate an index with the same name as deleted ones. This endpoint requires the `logs_modify_indexes` permission.
        """
        return self.api_client.call(
            _DELETE_LOGS_INDEX,
            {
                "name": name,
            },
        )

    def get_logs_index(
        self,
        name: str,
    ) -> LogsIndex:
        """Get an index

        Get one log index from your organization. This endpoint takes no JSON arguments. This endpoint requires the `logs_read_config` permission.
        """
        return self.api_client.call(
            _GET_LOGS_INDEX,
            {
                "name": name,
            },
        )

    def get_logs_index_order(
        self,
    ) -> LogsIndexesOrder:
        """Get indexes order

        Get the current order of your log indexes. This endpoint takes no JSON arguments. This endpoint requires the `logs_read_config` permission.
        """
        return self.api_client.call(
            _GET_LOGS_INDEX_ORDER,
            {},
        )

    def list_log_indexes(
        self,
    ) -> ListLogIndexesResponse:
        """Get all indexes

        The Index object describes the configuration of a log index. This endpoint returns an array of the `LogIndex` objects of your organization. This endpoint requires the `logs_read_config` permission.
        """
        return self.api_client.call(
            _LIST_LOG_INDEXES,
            {},
        )

    def update_logs_index(
        self,
        name: str,
        body: LogsIndexUpdateRequest | dict[str, Any],
    ) -> LogsIndex:
        """Update an index

        Update an index as identified by its name. Returns the Index object passed in the request body when the request is successful.

        Using the `PUT` method updates your index's configuration by **replacing** your current configuration with the new one sent to your Datadog organization.
        """
        return self.api_client.call(
            _UPDATE_LOGS_INDEX,
            {
                "name": name,
                "body": body,
            },
        )

    def update_logs_index_order(
        self,
        body: LogsIndexesOrder | dict[str, Any],
    ) -> LogsIndexesOrder:
        """Update indexes order

        This endpoint updates the index order of your organization. It returns the index order object passed in the request body when the request is successful. This endpoint requires the `logs_modify_indexes` permission.
        """
        return self.api_client.call(
            _UPDATE_LOGS_INDEX_ORDER,
            {
                "body": body,
            },
        )
