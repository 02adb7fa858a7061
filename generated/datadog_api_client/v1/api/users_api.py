"""Create, edit, and disable users."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v1.model.create_user_response import CreateUserResponse
    from datadog_api_client.v1.model.downgrade_org_response import DowngradeOrgResponse
    from datadog_api_client.v1.model.list_users_response import ListUsersResponse
    from datadog_api_client.v1.model.user import User

_CREATE_USER = Endpoint(
    name="create_user",
    version="v1",
    method="POST",
    path="/api/v1/user",
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
    body_type="v1.model.user:User",
    responses={
        200: "v1.model.create_user_response:CreateUserResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        409: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_DISABLE_USER = Endpoint(
    name="disable_user",
    version="v1",
    method="DELETE",
    path="/api/v1/user/{user_handle}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_handle": "user_handle"},
    responses={
        200: "v1.model.downgrade_org_response:DowngradeOrgResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_GET_USER = Endpoint(
    name="get_user",
    version="v1",
    method="GET",
    path="/api/v1/user/{user_handle}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_handle": "user_handle"},
    responses={
        200: "v1.model.create_user_response:CreateUserResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_LIST_USERS = Endpoint(
    name="list_users",
    version="v1",
    method="GET",
    path="/api/v1/user",
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
        200: "v1.model.list_users_response:ListUsersResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_UPDATE_USER = Endpoint(
    name="update_user",
    version="v1",
    method="PUT",
    path="/api/v1/user/{user_handle}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"user_handle": "user_handle"},
    body_param="body",
    body_type="v1.model.user:User",
    responses={
        200: "v1.model.create_user_response:CreateUserResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)


class UsersApi:
    """Create, edit, and disable users."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_user(
        self,
        body: User | dict[str, Any],
    ) -> CreateUserResponse:
        """Create a user

        Create a user for your organization.

        **Note**: Users can only be created with the admin access role if application keys belong to administrators.
        This endpoint requires the `user_access_invite` permission."""
        return self.api_client.call(
            _CREATE_USER,
            {
                "body": body,
            },
        )

    def disable_user(
        self,
        user_handle: str,
    ) -> DowngradeOrgResponse:
        """Disable a user

        Delete a user from an organization.

        **Note**: This endpoint can only be used with application keys belonging to administrators."""
        return self.api_client.call(
            _DISABLE_USER,
            {
                "user_handle": user_handle,
            },
        )

    def get_user(
        self,
        user_handle: str,
    ) -> CreateUserResponse:
        """Get user details

        Get a user's details."""
        return self.api_client.call(
            _GET_USER,
            {
                "user_handle": user_handle,
            },
        )

    def list_users(
        self,
    ) -> ListUsersResponse:
        """List all users

        List all users for your organization. This endpoint requires the `user_access_read` permission.

        OAuth apps require the `user_access_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#users) to access this endpoint.
        """
        return self.api_client.call(
            _LIST_USERS,
            {},
        )

    def update_user(
        self,
        user_handle: str,
        body: User | dict[str, Any],
    ) -> CreateUserResponse:
        """Update a user

        Update a user information.

        **Note**: It can only be used with application keys belonging to administrators."""
        return self.api_client.call(
            _UPDATE_USER,
            {
                "user_handle": user_handle,
                "body": body,
            },
        )
