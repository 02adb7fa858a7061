"""Create, edit, and disable service accounts. See the [Service Accounts page](https://docs.datadoghq.com/account_management/org_settings/service_accounts/) for more information."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.application_key_create_request import ApplicationKeyCreateRequest
    from datadog_api_client.v2.model.application_key_response import ApplicationKeyResponse
    from datadog_api_client.v2.model.application_key_update_request import ApplicationKeyUpdateRequest
    from datadog_api_client.v2.model.application_keys_response import ApplicationKeysResponse
    from datadog_api_client.v2.model.create_service_account_application_key_response import (
        CreateServiceAccountApplicationKeyResponse,
    )
    from datadog_api_client.v2.model.service_account_create_request import ServiceAccountCreateRequest
    from datadog_api_client.v2.model.user_response import UserResponse

_CREATE_SERVICE_ACCOUNT = Endpoint(
    name="create_service_account",
    version="v2",
    method="POST",
    path="/api/v2/service_accounts",
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
    body_type="v2.model.service_account_create_request:ServiceAccountCreateRequest",
    responses={
        201: "v2.model.user_response:UserResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_CREATE_SERVICE_ACCOUNT_APPLICATION_KEY = Endpoint(
    name="create_service_account_application_key",
    version="v2",
    method="POST",
    path="/api/v2/service_accounts/{service_account_id}/application_keys",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"service_account_id": "service_account_id"},
    body_param="body",
    body_type="v2.model.application_key_create_request:ApplicationKeyCreateRequest",
    responses={
        201: "v2.model.create_service_account_application_key_response:CreateServiceAccountApplicationKeyResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_SERVICE_ACCOUNT_APPLICATION_KEY = Endpoint(
    name="delete_service_account_application_key",
    version="v2",
    method="DELETE",
    path="/api/v2/service_accounts/{service_account_id}/application_keys/{app_key_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"service_account_id": "service_account_id", "app_key_id": "app_key_id"},
    responses={
        204: None,
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_SERVICE_ACCOUNT_APPLICATION_KEY = Endpoint(
    name="get_service_account_application_key",
    version="v2",
    method="GET",
    path="/api/v2/service_accounts/{service_account_id}/application_keys/{app_key_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"service_account_id": "service_account_id", "app_key_id": "app_key_id"},
    responses={
        200: "v2.model.application_key_response:ApplicationKeyResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_SERVICE_ACCOUNT_APPLICATION_KEYS = Endpoint(
    name="list_service_account_application_keys",
    version="v2",
    method="GET",
    path="/api/v2/service_accounts/{service_account_id}/application_keys",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"service_account_id": "service_account_id"},
    query_params={
        "page_size": "page[size]",
        "page_number": "page[number]",
        "sort": "sort",
        "filter": "filter",
        "filter_created_at_start": "filter[created_at][start]",
        "filter_created_at_end": "filter[created_at][end]",
    },
    responses={
        200: "v2.model.application_keys_response:ApplicationKeysResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_SERVICE_ACCOUNT_APPLICATION_KEY = Endpoint(
    name="update_service_account_application_key",
    version="v2",
    method="PATCH",
    path="/api/v2/service_accounts/{service_account_id}/application_keys/{app_key_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"service_account_id": "service_account_id", "app_key_id": "app_key_id"},
    body_param="body",
    body_type="v2.model.application_key_update_request:ApplicationKeyUpdateRequest",
    responses={
        200: "v2.model.application_key_response:ApplicationKeyResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class ServiceAccountsApi:
    """Create, edit, and disable service accounts. See the [Service Accounts page](https://docs.datadoghq.com/account_management/org_settings/service_accounts/) for more information."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_service_account(
        self,
        body: ServiceAccountCreateRequest | dict[str, Any],
    ) -> UserResponse:
        """Create a service account

        Create a service account for your organization. This endpoint requires the `service_account_write` permission.
        """
        return self.api_client.call(
            _CREATE_SERVICE_ACCOUNT,
            {
                "body": body,
            },
        )

    def create_service_account_application_key(
        self,
        service_account_id: str,
        body: ApplicationKeyCreateRequest | dict[str, Any],
    ) -> CreateServiceAccountApplicationKeyResponse:
        """Create an application key for this service account

        Create an application key for this service account. This endpoint requires the `service_account_write` permission.
        """
        return self.api_client.call(
            _CREATE_SERVICE_ACCOUNT_APPLICATION_KEY,
            {
                "service_account_id": service_account_id,
                "body": body,
            },
        )

    def delete_service_account_application_key(
        self,
        service_account_id: str,
        app_key_id: str,
    ) -> None:
        """Delete an application key for this service account

        Delete an application key owned by this service account. This endpoint requires the `service_account_write` permission.
        """
        return self.api_client.call(
            _DELETE_SERVICE_ACCOUNT_APPLICATION_KEY,
            {
                "service_account_id": service_account_id,
                "app_key_id": app_key_id,
            },
        )

    def get_service_account_application_key(
        self,
        service_account_id: str,
        app_key_id: str,
    ) -> ApplicationKeyResponse:
        """Get one application key for this service account

        Get an application key owned by this service account. This endpoint requires the `service_account_write` permission.
        """
        return self.api_client.call(
            _GET_SERVICE_ACCOUNT_APPLICATION_KEY,
            {
                "service_account_id": service_account_id,
                "app_key_id": app_key_id,
            },
        )

    def list_service_account_application_keys(
        self,
        service_account_id: str,
        *,
        page_size: int | None = None,
        page_number: int | None = None,
        sort: Any | None = None,
        filter: str | None = None,
        filter_created_at_start: str | None = None,
        filter_created_at_end: str | None = None,
    ) -> ApplicationKeysResponse:
        """List application keys for this service account

        List all application keys available for this service account. This endpoint requires the `service_account_write` permission.
        """
        return self.api_client.call(
            _LIST_SERVICE_ACCOUNT_APPLICATION_KEYS,
            {
                "service_account_id": service_account_id,
                "page_size": page_size,
                "page_number": page_number,
                "sort": sort,
                "filter": filter,
                "filter_created_at_start": filter_created_at_start,
                "filter_created_at_end": filter_created_at_end,
            },
        )

    def update_service_account_application_key(
        self,
        service_account_id: str,
        app_key_id: str,
        body: ApplicationKeyUpdateRequest | dict[str, Any],
    ) -> ApplicationKeyResponse:
        """Edit an application key for this service account

        Edit an application key owned by this service account. This endpoint requires the `service_account_write` permission.
        """
        return self.api_client.call(
            _UPDATE_SERVICE_ACCOUNT_APPLICATION_KEY,
            {
                "service_account_id": service_account_id,
                "app_key_id": app_key_id,
                "body": body,
            },
        )
