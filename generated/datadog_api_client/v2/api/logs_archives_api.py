"""Archives forward all the logs ingested to a cloud storage system.

See the [Archives Page](https://app.datadoghq.com/logs/pipelines/archives) for a list of the archives currently configured in Datadog.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.create_logs_archive_response import CreateLogsArchiveResponse
    from datadog_api_client.v2.model.list_logs_archives_response import ListLogsArchivesResponse
    from datadog_api_client.v2.model.logs_archive_create_request import LogsArchiveCreateRequest
    from datadog_api_client.v2.model.logs_archive_order import LogsArchiveOrder
    from datadog_api_client.v2.model.relationship_to_role import RelationshipToRole
    from datadog_api_client.v2.model.roles_response import RolesResponse

_ADD_READ_ROLE_TO_ARCHIVE = Endpoint(
    name="add_read_role_to_archive",
    version="v2",
    method="POST",
    path="/api/v2/logs/config/archives/{archive_id}/readers",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"archive_id": "archive_id"},
    body_param="body",
    body_type="v2.model.relationship_to_role:RelationshipToRole",
    responses={
        204: None,
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_CREATE_LOGS_ARCHIVE = Endpoint(
    name="create_logs_archive",
    version="v2",
    method="POST",
    path="/api/v2/logs/config/archives",
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
    body_type="v2.model.logs_archive_create_request:LogsArchiveCreateRequest",
    responses={
        200: "v2.model.create_logs_archive_response:CreateLogsArchiveResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_LOGS_ARCHIVE = Endpoint(
    name="delete_logs_archive",
    version="v2",
    method="DELETE",
    path="/api/v2/logs/config/archives/{archive_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"archive_id": "archive_id"},
    responses={
        204: None,
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_LOGS_ARCHIVE = Endpoint(
    name="get_logs_archive",
    version="v2",
    method="GET",
    path="/api/v2/logs/config/archives/{archive_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"archive_id": "archive_id"},
    responses={
        200: "v2.model.create_logs_archive_response:CreateLogsArchiveResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_LOGS_ARCHIVE_ORDER = Endpoint(
    name="get_logs_archive_order",
    version="v2",
    method="GET",
    path="/api/v2/logs/config/archive-order",
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
        200: "v2.model.logs_archive_order:LogsArchiveOrder",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_ARCHIVE_READ_ROLES = Endpoint(
    name="list_archive_read_roles",
    version="v2",
    method="GET",
    path="/api/v2/logs/config/archives/{archive_id}/readers",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"archive_id": "archive_id"},
    responses={
        200: "v2.model.roles_response:RolesResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_LOGS_ARCHIVES = Endpoint(
    name="list_logs_archives",
    version="v2",
    method="GET",
    path="/api/v2/logs/config/archives",
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
        200: "v2.model.list_logs_archives_response:ListLogsArchivesResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_REMOVE_ROLE_FROM_ARCHIVE = Endpoint(
    name="remove_role_from_archive",
    version="v2",
    method="DELETE",
    path="/api/v2/logs/config/archives/{archive_id}/readers",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"archive_id": "archive_id"},
    body_param="body",
    body_type="v2.model.relationship_to_role:RelationshipToRole",
    responses={
        204: None,
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_LOGS_ARCHIVE = Endpoint(
    name="update_logs_archive",
    version="v2",
    method="PUT",
    path="/api/v2/logs/config/archives/{archive_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"archive_id": "archive_id"},
    body_param="body",
    body_type="v2.model.logs_archive_create_request:LogsArchiveCreateRequest",
    responses={
        200: "v2.model.create_logs_archive_response:CreateLogsArchiveResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_LOGS_ARCHIVE_ORDER = Endpoint(
    name="update_logs_archive_order",
    version="v2",
    method="PUT",
    path="/api/v2/logs/config/archive-order",
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
    body_type="v2.model.logs_archive_order:LogsArchiveOrder",
    responses={
        200: "v2.model.logs_archive_order:LogsArchiveOrder",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        422: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class LogsArchivesApi:
    """Archives forward all the logs ingested to a cloud storage system.

    See the [Archives Page](https://app.datadoghq.com/logs/pipelines/archives) for a list of the archives currently configured in Datadog.
    """

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def add_read_role_to_archive(
        self,
        archive_id: str,
        body: RelationshipToRole | dict[str, Any],
    ) -> None:
        """Grant role to an archive

        Adds a read role to an archive. ([Roles API](https://docs.datadoghq.com/api/v2/roles/)) This endpoint requires the `logs_write_archives` permission.
        """
        return self.api_client.call(
            _ADD_READ_ROLE_TO_ARCHIVE,
            {
                "archive_id": archive_id,
                "body": body,
            },
        )

    def create_logs_archive(
        self,
        body: LogsArchiveCreateRequest | dict[str, Any],
    ) -> CreateLogsArchiveResponse:
        """Create an archive

        Create an archive in your organization. This endpoint requires the `logs_write_archives` permission."""
        return self.api_client.call(
            _CREATE_LOGS_ARCHIVE,
            {
                "body": body,
            },
        )

    def delete_logs_archive(
        self,
        archive_id: str,
    ) -> None:
        """Delete an archive

        Delete a given archive from your organization. This endpoint requires the `logs_write_archives` permission."""
        return self.api_client.call(
            _DELETE_LOGS_ARCHIVE,
            {
                "archive_id": archive_id,
            },
        )

    def get_logs_archive(
        self,
        archive_id: str,
    ) -> CreateLogsArchiveResponse:
        """Get an archive

        Get a specific archive from your organization. This endpoint requires the `logs_read_archives` permission."""
        return self.api_client.call(
            _GET_LOGS_ARCHIVE,
            {
                "archive_id": archive_id,
            },
        )

    def get_logs_archive_order(
        self,
    ) -> LogsArchiveOrder:
        """Get archive order

        Get the current order of your archives. This endpoint takes no JSON arguments. This endpoint requires the `logs_read_config` permission.
        """
        return self.api_client.call(
            _GET_LOGS_ARCHIVE_ORDER,
            {},
        )

    def list_archive_read_roles(
        self,
        archive_id: str,
    ) -> RolesResponse:
        """List read roles for an archive

        Returns all read roles a given archive is restricted to. This endpoint requires the `logs_read_config` permission.
        """
        return self.api_client.call(
            _LIST_ARCHIVE_READ_ROLES,
            {
                "archive_id": archive_id,
            },
        )

    def list_logs_archives(
        self,
    ) -> ListLogsArchivesResponse:
        """Get all archives

        Get the list of configured logs archives with their definitions. This endpoint requires the `logs_read_archives` permission.
        """
        return self.api_client.call(
            _LIST_LOGS_ARCHIVES,
            {},
        )

    def remove_role_from_archive(
        self,
        archive_id: str,
        body: RelationshipToRole | dict[str, Any],
    ) -> None:
        """Revoke role from an archive

        Removes a role from an archive. ([Roles API](https://docs.datadoghq.com/api/v2/roles/)) This endpoint requires the `logs_write_archives` permission.
        """
        return self.api_client.call(
            _REMOVE_ROLE_FROM_ARCHIVE,
            {
                "archive_id": archive_id,
                "body": body,
            },
        )

    def update_logs_archive(
        self,
        archive_id: str,
        body: LogsArchiveCreateRequest | dict[str, Any],
    ) -> CreateLogsArchiveResponse:
        """Update an archive

        Update a given archive configuration.

        **Note**: Using this method updates your archive configuration by **replacing** your current configuration with the new one sent to your Datadog organization.
        This endpoint requires the `logs_write_archives` permission."""
        return self.api_client.call(
            _UPDATE_LOGS_ARCHIVE,
            {
                "archive_id": archive_id,
                "body": body,
            },
        )

    def update_logs_archive_order(
        self,
        body: LogsArchiveOrder | dict[str, Any],
    ) -> LogsArchiveOrder:
        """Update archive order

        Update the order of your archives. Since logs are processed sequentially, reordering an archive may change the structure and content of the data processed by other archives.

        **Note**: Using the `PUT` method updates your archive's order by replacing the current order with the new one.
        This endpoint requires the `logs_write_archives` permission."""
        return self.api_client.call(
            _UPDATE_LOGS_ARCHIVE_ORDER,
            {
                "body": body,
            },
        )
