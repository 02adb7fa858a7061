"""The Roles API is used to create and manage Datadog roles, what [global permissions](https://docs.datadoghq.com/account_management/rbac/) they grant, and which users belong to them.

Permissions related to specific account assets can be granted to roles in the Datadog application without using this API. For example, granting read access on a specific log index to a role can be done in Datadog from the [Pipelines page](https://app.datadoghq.com/logs/pipelines).

Roles can also be managed in bulk through the Datadog UI, which provides the capability to assign a single permission to multiple roles simultaneously.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.create_role_response import CreateRoleResponse
    from datadog_api_client.v2.model.list_role_templates_response import ListRoleTemplatesResponse
    from datadog_api_client.v2.model.permissions_response import PermissionsResponse
    from datadog_api_client.v2.model.relationship_to_permission import RelationshipToPermission
    from datadog_api_client.v2.model.relationship_to_user import RelationshipToUser
    from datadog_api_client.v2.model.role_clone_request import RoleCloneRequest
    from datadog_api_client.v2.model.role_create_request import RoleCreateRequest
    from datadog_api_client.v2.model.role_response import RoleResponse
    from datadog_api_client.v2.model.role_update_request import RoleUpdateRequest
    from datadog_api_client.v2.model.roles_response import RolesResponse
    from datadog_api_client.v2.model.update_role_response import UpdateRoleResponse
    from datadog_api_client.v2.model.users_response import UsersResponse

_ADD_PERMISSION_TO_ROLE = Endpoint(
    name="add_permission_to_role",
    version="v2",
    method="POST",
    path="/api/v2/roles/{role_id}/permissions",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"role_id": "role_id"},
    body_param="body",
    body_type="v2.model.relationship_to_permission:RelationshipToPermission",
    responses={
        200: "v2.model.permissions_response:PermissionsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_ADD_USER_TO_ROLE = Endpoint(
    name="add_user_to_role",
    version="v2",
    method="POST",
    path="/api/v2/roles/{role_id}/users",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"role_id": "role_id"},
    body_param="body",
    body_type="v2.model.relationship_to_user:RelationshipToUser",
    responses={
        200: "v2.model.users_response:UsersResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_CLONE_ROLE = Endpoint(
    name="clone_role",
    version="v2",
    method="POST",
    path="/api/v2/roles/{role_id}/clone",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"role_id": "role_id"},
    body_param="body",
    body_type="v2.model.role_clone_request:RoleCloneRequest",
    responses={
        200: "v2.model.role_response:RoleResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        409: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_CREATE_ROLE = Endpoint(
    name="create_role",
    version="v2",
    method="POST",
    path="/api/v2/roles",
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
    body_type="v2.model.role_create_request:RoleCreateRequest",
    responses={
        200: "v2.model.create_role_response:CreateRoleResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_ROLE = Endpoint(
    name="delete_role",
    version="v2",
    method="DELETE",
    path="/api/v2/roles/{role_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"role_id": "role_id"},
    responses={
        204: None,
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_ROLE = Endpoint(
    name="get_role",
    version="v2",
    method="GET",
    path="/api/v2/roles/{role_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"role_id": "role_id"},
    responses={
        200: "v2.model.role_response:RoleResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_PERMISSIONS = Endpoint(
    name="list_permissions",
    version="v2",
    method="GET",
    path="/api/v2/permissions",
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
        200: "v2.model.permissions_response:PermissionsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_ROLE_PERMISSIONS = Endpoint(
    name="list_role_permissions",
    version="v2",
    method="GET",
    path="/api/v2/roles/{role_id}/permissions",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"role_id": "role_id"},
    responses={
        200: "v2.model.permissions_response:PermissionsResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_ROLE_TEMPLATES = Endpoint(
    name="list_role_templates",
    version="v2",
    method="GET",
    path="/api/v2/roles/templates",
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
        200: "v2.model.list_role_templates_response:ListRoleTemplatesResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
    unstable=True,
)

_LIST_ROLE_USERS = Endpoint(
    name="list_role_users",
    version="v2",
    method="GET",
    path="/api/v2/roles/{role_id}/users",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"role_id": "role_id"},
    query_params={"page_size": "page[size]", "page_number": "page[number]", "sort": "sort", "filter": "filter"},
    responses={
        200: "v2.model.users_response:UsersResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_ROLES = Endpoint(
    name="list_roles",
    version="v2",
    method="GET",
    path="/api/v2/roles",
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
        "filter": "filter",
        "filter_id": "filter[id]",
    },
    responses={
        200: "v2.model.roles_response:RolesResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_REMOVE_PERMISSION_FROM_ROLE = Endpoint(
    name="remove_permission_from_role",
    version="v2",
    method="DELETE",
    path="/api/v2/roles/{role_id}/permissions",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"role_id": "role_id"},
    body_param="body",
    body_type="v2.model.relationship_to_permission:RelationshipToPermission",
    responses={
        200: "v2.model.permissions_response:PermissionsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_REMOVE_USER_FROM_ROLE = Endpoint(
    name="remove_user_from_role",
    version="v2",
    method="DELETE",
    path="/api/v2/roles/{role_id}/users",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"role_id": "role_id"},
    body_param="body",
    body_type="v2.model.relationship_to_user:RelationshipToUser",
    responses={
        200: "v2.model.users_response:UsersResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_ROLE = Endpoint(
    name="update_role",
    version="v2",
    method="PATCH",
    path="/api/v2/roles/{role_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"role_id": "role_id"},
    body_param="body",
    body_type="v2.model.role_update_request:RoleUpdateRequest",
    responses={
        200: "v2.model.update_role_response:UpdateRoleResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        422: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class RolesApi:
    """The Roles API is used to create and manage Datadog roles, what [global permissions](https://docs.datadoghq.com/account_management/rbac/) they grant, and which users belong to them.

    Permissions related to specific account assets can be granted to roles in the Datadog application without using this API. For example, granting read access on a specific log index to a role can be done in Datadog from the [Pipelines page](https://app.datadoghq.com/logs/pipelines).

    Roles can also be managed in bulk through the Datadog UI, which provides the capability to assign a single permission to multiple roles simultaneously.
    """

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def add_permission_to_role(
        self,
        role_id: str,
        body: RelationshipToPermission | dict[str, Any],
    ) -> PermissionsResponse:
        """Grant permission to a role

        Adds a permission to a role. This endpoint requires the `user_access_manage` permission.

        OAuth apps require the `user_access_manage` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#roles) to access this endpoint.
        """
        return self.api_client.call(
            _ADD_PERMISSION_TO_ROLE,
            {
                "role_id": role_id,
                "body": body,
            },
        )

    def add_user_to_role(
        self,
        role_id: str,
        body: RelationshipToUser | dict[str, Any],
    ) -> UsersResponse:
        """Add a user to a role

        Adds a user to a role. This endpoint requires the `user_access_manage` permission.

        OAuth apps require the `user_access_manage` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#roles) to access this endpoint.
        """
        return self.api_client.call(
            _ADD_USER_TO_ROLE,
            {
                "role_id": role_id,
                "body": body,
            },
        )

    def clone_role(
        self,
        role_id: str,
        body: RoleCloneRequest | dict[str, Any],
    ) -> RoleResponse:
        """Create a new role by cloning an existing role

        Clone an existing role This endpoint requires the `user_access_manage` permission.

        OAuth apps require the `user_access_manage` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#roles) to access this endpoint.
        """
        return self.api_client.call(
            _CLONE_ROLE,
            {
                "role_id": role_id,
                "body": body,
            },
        )

    def create_role(
        self,
        body: RoleCreateRequest | dict[str, Any],
    ) -> CreateRoleResponse:
        """Create role

        Create a new role for your organization. This endpoint requires the `user_access_manage` permission.

        OAuth apps require the `user_access_manage` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#roles) to access this endpoint.
        """
        return self.api_client.call(
            _CREATE_ROLE,
            {
                "body": body,
            },
        )

    def delete_role(
        self,
        role_id: str,
    ) -> None:
        """Delete role

        Disables a role.

        OAuth apps require the `user_access_manage` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#roles) to access this endpoint.
        """
        return self.api_client.call(
            _DELETE_ROLE,
            {
                "role_id": role_id,
            },
        )

    def get_role(
        self,
        role_id: str,
    ) -> RoleResponse:
        """Get a role

        Get a role in the organization specified by the role's `role_id`.

        OAuth apps require the `user_access_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#roles) to access this endpoint.
        """
        return self.api_client.call(
            _GET_ROLE,
            {
                "role_id": role_id,
            },
        )

    def list_permissions(
        self,
    ) -> PermissionsResponse:
        """List permissions

        Returns a list of all permissions, including name, description, and ID. This endpoint requires the `user_access_read` permission.

        OAuth apps require the `user_access_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#roles) to access this endpoint.
        """
        return self.api_client.call(
            _LIST_PERMISSIONS,
            {},
        )

    def list_role_permissions(
        self,
        role_id: str,
    ) -> PermissionsResponse:
        """List permissions for a role

        Returns a list of all permissions for a single role.

        OAuth apps require the `user_access_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#roles) to access this endpoint.
        """
        return self.api_client.call(
            _LIST_ROLE_PERMISSIONS,
            {
                "role_id": role_id,
            },
        )

    def list_role_templates(
        self,
    ) -> ListRoleTemplatesResponse:
        """List role templates

        List all role templates

        OAuth apps require the `user_access_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#roles) to access this endpoint.

        This operation is in preview: enable it with configuration.unstable_operations["list_role_templates"] = True."""
        return self.api_client.call(
            _LIST_ROLE_TEMPLATES,
            {},
        )

    def list_role_users(
        self,
        role_id: str,
        *,
        page_size: int | None = None,
        page_number: int | None = None,
        sort: str | None = None,
        filter: str | None = None,
    ) -> UsersResponse:
        """Get all users of a role

        Gets all users of a role.

        OAuth apps require the `user_access_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#roles) to access this endpoint.
        """
        return self.api_client.call(
            _LIST_ROLE_USERS,
            {
                "role_id": role_id,
                "page_size": page_size,
                "page_number": page_number,
                "sort": sort,
                "filter": filter,
            },
        )

    def list_roles(
        self,
        *,
        page_size: int | None = None,
        page_number: int | None = None,
        sort: Any | None = None,
        filter: str | None = None,
        filter_id: str | None = None,
    ) -> RolesResponse:
        """List roles

        Returns all roles, including their names and their unique identifiers. This endpoint requires the `user_access_read` permission.

        OAuth apps require the `user_access_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#roles) to access this endpoint.
        """
        return self.api_client.call(
            _LIST_ROLES,
            {
                "page_size": page_size,
                "page_number": page_number,
                "sort": sort,
                "filter": filter,
                "filter_id": filter_id,
            },
        )

    def remove_permission_from_role(
        self,
        role_id: str,
        body: RelationshipToPermission | dict[str, Any],
    ) -> PermissionsResponse:
        """Revoke permission

        Removes a permission from a role. This endpoint requires the `user_access_manage` permission.

        OAuth apps require the `user_access_manage` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#roles) to access this endpoint.
        """
        return self.api_client.call(
            _REMOVE_PERMISSION_FROM_ROLE,
            {
                "role_id": role_id,
                "body": body,
            },
        )

    def remove_user_from_role(
        self,
        role_id: str,
        body: RelationshipToUser | dict[str, Any],
    ) -> UsersResponse:
        """Remove a user from a role

        Removes a user from a role. This endpoint requires the `user_access_manage` permission.

        OAuth apps require the `user_access_manage` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#roles) to access this endpoint.
        """
        return self.api_client.call(
            _REMOVE_USER_FROM_ROLE,
            {
                "role_id": role_id,
                "body": body,
            },
        )

    def update_role(
        self,
        role_id: str,
        body: RoleUpdateRequest | dict[str, Any],
    ) -> UpdateRoleResponse:
        """Update a role

        Edit a role. Can only be used with application keys belonging to administrators. This endpoint requires the `user_access_manage` permission.

        OAuth apps require the `user_access_manage` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#roles) to access this endpoint.
        """
        return self.api_client.call(
            _UPDATE_ROLE,
            {
                "role_id": role_id,
                "body": body,
            },
        )
