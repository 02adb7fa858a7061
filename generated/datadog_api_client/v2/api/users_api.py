"""Create, edit, and disable users."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.permissions_response import PermissionsResponse
    from datadog_api_client.v2.model.user_create_request import UserCreateRequest
    from datadog_api_client.v2.model.user_invitation_response import UserInvitationResponse
    from datadog_api_client.v2.model.user_invitations_request import UserInvitationsRequest
    from datadog_api_client.v2.model.user_invitations_response import UserInvitationsResponse
    from datadog_api_client.v2.model.user_response import UserResponse
    from datadog_api_client.v2.model.user_update_request import UserUpdateRequest
    from datadog_api_client.v2.model.users_response import UsersResponse

_CREATE_USER = Endpoint(
    name="create_user",
    version="v2",
    method="POST",
    path="/api/v2/users",
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
    body_type="v2.model.user_create_request:UserCreateRequest",
    responses={
        201: "v2.model.user_response:UserResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DISABLE_USER = Endpoint(
    name="disable_user",
    version="v2",
    method="DELETE",
    path="/api/v2/users/{user_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_id": "user_id"},
    responses={
        204: None,
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_INVITATION = Endpoint(
    name="get_invitation",
    version="v2",
    method="GET",
    path="/api/v2/user_invitations/{user_invitation_uuid}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_invitation_uuid": "user_invitation_uuid"},
    responses={
        200: "v2.model.user_invitation_response:UserInvitationResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_USER = Endpoint(
    name="get_user",
    version="v2",
    method="GET",
    path="/api/v2/users/{user_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_id": "user_id"},
    responses={
        200: "v2.model.user_response:UserResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_USER_ORGANIZATIONS = Endpoint(
    name="list_user_organizations",
    version="v2",
    method="GET",
    path="/api/v2/users/{user_id}/orgs",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_id": "user_id"},
    responses={
        200: "v2.model.user_response:UserResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_USER_PERMISSIONS = Endpoint(
    name="list_user_permissions",
    version="v2",
    method="GET",
    path="/api/v2/users/{user_id}/permissions",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_id": "user_id"},
    responses={
        200: "v2.model.permissions_response:PermissionsResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_USERS = Endpoint(
    name="list_users",
    version="v2",
    method="GET",
    path="/api/v2/users",
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
        "page_size": "page[size]",
        "page_number": "page[number]",
        "sort": "sort",
        "sort_dir": "sort_dir",
        "filter": "filter",
        "filter_status": "filter[status]",
    },
    responses={
        200: "v2.model.users_response:UsersResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_SEND_INVITATIONS = Endpoint(
    name="send_invitations",
    version="v2",
    method="POST",
    path="/api/v2/user_invitations",
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
    body_type="v2.model.user_invitations_request:UserInvitationsRequest",
    responses={
        201: "v2.model.user_invitations_response:UserInvitationsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_USER = Endpoint(
    name="update_user",
    version="v2",
    method="PATCH",
    path="/api/v2/users/{user_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_id": "user_id"},
    body_param="body",
    body_type="v2.model.user_update_request:UserUpdateRequest",
    responses={
        200: "v2.model.user_response:UserResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        422: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class UsersApi:
    """Create, edit, and disable users."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_user(
        self,
        body: UserCreateRequest | dict[str, Any],
    ) -> UserResponse:
        """Create a user

        Create a user for your organization. This endpoint requires the `user_access_invite` permission.

        OAuth apps require the `user_access_invite` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#users) to access this endpoint.
        """
        return self.api_client.call(
            _CREATE_USER,
            {
                "body": body,
            },
        )

    def disable_user(
        self,
        user_id: str,
    ) -> None:
        """Disable a user

        Disable a user. Can only be used with an application key belonging to an administrator user. This endpoint requires any of the following permissions:
        `user_access_manage``service_account_write`

        OAuth apps require the `user_access_manage` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#users) to access this endpoint.
        """
        return self.api_client.call(
            _DISABLE_USER,
            {
                "user_id": user_id,
            },
        )

    def get_invitation(
        self,
        user_invitation_uuid: str,
    ) -> UserInvitationResponse:
        """Get a user invitation

        Returns a single user invitation by its UUID. This endpoint requires the `user_access_invite` permission.

        OAuth apps require the `user_access_invite` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#users) to access this endpoint.
        """
        return self.api_client.call(
            _GET_INVITATION,
            {
                "user_invitation_uuid": user_invitation_uuid,
            },
        )

    def get_user(
        self,
        user_id: str,
    ) -> UserResponse:
        """Get user details

        Get a user in the organization specified by the user's `user_id`. This endpoint requires the `user_access_read` permission.

        OAuth apps require the `user_access_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#users) to access this endpoint.
        """
        return self.api_client.call(
            _GET_USER,
            {
                "user_id": user_id,
            },
        )

    def list_user_organizations(
        self,
        user_id: str,
    ) -> UserResponse:
        """Get a user organization

        Get a user organization. Returns the user information and all organizations joined by this user."""
        return self.api_client.call(
            _LIST_USER_ORGANIZATIONS,
            {
                "user_id": user_id,
            },
        )

    def list_user_permissions(
        self,
        user_id: str,
    ) -> PermissionsResponse:
        """Get a user permissions

        Get a user permission set. Returns a list of the user's permissions granted by the associated user's roles. This endpoint requires the `user_access_read` permission.

        OAuth apps require the `user_access_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#users) to access this endpoint.
        """
        return self.api_client.call(
            _LIST_USER_PERMISSIONS,
            {
                "user_id": user_id,
            },
        )

    def list_users(
        self,
        *,
        page_size: int | None = None,
        page_number: int | None = None,
        sort: str | None = None,
        sort_dir: Any | None = None,
        filter: str | None = None,
        filter_status: str | None = None,
    ) -> UsersResponse:
        """List all users

        Get the list of all users in the organization. This list includes all users even if they are deactivated or unverified. This endpoint requires the `user_access_read` permission.

        OAuth apps require the `user_access_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#users) to access this endpoint.
        """
        return self.api_client.call(
            _LIST_USERS,
            {
                "page_size": page_size,
                "page_number": page_number,
                "sort": sort,
                "sort_dir": sort_dir,
                "filter": filter,
                "filter_status": filter_status,
            },
        )

    def send_invitations(
        self,
        body: UserInvitationsRequest | dict[str, Any],
    ) -> UserInvitationsResponse:
        """Send invitation emails

        Sends emails to one or more users inviting them to join the organization. This endpoint requires the `user_access_invite` permission.

        OAuth apps require the `user_access_invite` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#users) to access this endpoint.
        """
        return self.api_client.call(
            _SEND_INVITATIONS,
            {
                "body": body,
            },
        )

    def update_user(
        self,
        user_id: str,
        body: UserUpdateRequest | dict[str, Any],
    ) -> UserResponse:
        """Update a user

        Edit a user. Can only be used with an application key belonging to an administrator user. This endpoint requires any of the following permissions:
        `user_access_manage``service_account_write`

        OAuth apps require the `user_access_manage` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#users) to access this endpoint.
        """
        return self.api_client.call(
            _UPDATE_USER,
            {
                "user_id": user_id,
                "body": body,
            },
        )
