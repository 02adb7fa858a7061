"""Manage your Datadog Fastly integration accounts and services directly through the Datadog API. See the [Fastly integration page](https://docs.datadoghq.com/integrations/fastly/) for more information."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.fastly_account_create_request import FastlyAccountCreateRequest
    from datadog_api_client.v2.model.fastly_account_response import FastlyAccountResponse
    from datadog_api_client.v2.model.fastly_account_update_request import FastlyAccountUpdateRequest
    from datadog_api_client.v2.model.fastly_accounts_response import FastlyAccountsResponse
    from datadog_api_client.v2.model.fastly_service_request import FastlyServiceRequest
    from datadog_api_client.v2.model.fastly_service_response import FastlyServiceResponse
    from datadog_api_client.v2.model.fastly_services_response import FastlyServicesResponse

_CREATE_FASTLY_ACCOUNT = Endpoint(
    name="create_fastly_account",
    version="v2",
    method="POST",
    path="/api/v2/integrations/fastly/accounts",
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
    body_type="v2.model.fastly_account_create_request:FastlyAccountCreateRequest",
    responses={
        201: "v2.model.fastly_account_response:FastlyAccountResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_CREATE_FASTLY_SERVICE = Endpoint(
    name="create_fastly_service",
    version="v2",
    method="POST",
    path="/api/v2/integrations/fastly/accounts/{account_id}/services",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"account_id": "account_id"},
    body_param="body",
    body_type="v2.model.fastly_service_request:FastlyServiceRequest",
    responses={
        201: "v2.model.fastly_service_response:FastlyServiceResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_FASTLY_ACCOUNT = Endpoint(
    name="delete_fastly_account",
    version="v2",
    method="DELETE",
    path="/api/v2/integrations/fastly/accounts/{account_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"account_id": "account_id"},
    responses={
        204: None,
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_FASTLY_SERVICE = Endpoint(
    name="delete_fastly_service",
    version="v2",
    method="DELETE",
    path="/api/v2/integrations/fastly/accounts/{account_id}/services/{service_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"account_id": "account_id", "service_id": "service_id"},
    responses={
        204: None,
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_FASTLY_ACCOUNT = Endpoint(
    name="get_fastly_account",
    version="v2",
    method="GET",
    path="/api/v2/integrations/fastly/accounts/{account_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"account_id": "account_id"},
    responses={
        200: "v2.model.fastly_account_response:FastlyAccountResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_FASTLY_SERVICE = Endpoint(
    name="get_fastly_service",
    version="v2",
    method="GET",
    path="/api/v2/integrations/fastly/accounts/{account_id}/services/{service_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"account_id": "account_id", "service_id": "service_id"},
    responses={
        200: "v2.model.fastly_service_response:FastlyServiceResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_FASTLY_ACCOUNTS = Endpoint(
    name="list_fastly_accounts",
    version="v2",
    method="GET",
    path="/api/v2/integrations/fastly/accounts",
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
        200: "v2.model.fastly_accounts_response:FastlyAccountsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_FASTLY_SERVICES = Endpoint(
    name="list_fastly_services",
    version="v2",
    method="GET",
    path="/api/v2/integrations/fastly/accounts/{account_id}/services",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"account_id": "account_id"},
    responses={
        200: "v2.model.fastly_services_response:FastlyServicesResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_FASTLY_ACCOUNT = Endpoint(
    name="update_fastly_account",
    version="v2",
    method="PATCH",
    path="/api/v2/integrations/fastly/accounts/{account_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"account_id": "account_id"},
    body_param="body",
    body_type="v2.model.fastly_account_update_request:FastlyAccountUpdateRequest",
    responses={
        200: "v2.model.fastly_account_response:FastlyAccountResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_FASTLY_SERVICE = Endpoint(
    name="update_fastly_service",
    version="v2",
    method="PATCH",
    path="/api/v2/integrations/fastly/accounts/{account_id}/services/{service_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"account_id": "account_id", "service_id": "service_id"},
    body_param="body",
    body_type="v2.model.fastly_service_request:FastlyServiceRequest",
    responses={
        200: "v2.model.fastly_service_response:FastlyServiceResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class FastlyIntegrationApi:
    """Manage your Datadog Fastly integration accounts and services directly through the Datadog API. See the [Fastly integration page](https://docs.datadoghq.com/integrations/fastly/) for more information."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_fastly_account(
        self,
        body: FastlyAccountCreateRequest | dict[str, Any],
    ) -> FastlyAccountResponse:
        """Add Fastly account

        Create a Fastly account. This endpoint requires the `manage_integrations` permission."""
        return self.api_client.call(
            _CREATE_FASTLY_ACCOUNT,
            {
                "body": body,
            },
        )

    def create_fastly_service(
        self,
        account_id: str,
        body: FastlyServiceRequest | dict[str, Any],
    ) -> FastlyServiceResponse:
        """Add Fastly service

        Create a Fastly service for an account. This endpoint requires the `manage_integrations` permission."""
        return self.api_client.call(
            _CREATE_FASTLY_SERVICE,
            {
                "account_id": account_id,
                "body": body,
            },
        )

    def delete_fastly_account(
        self,
        account_id: str,
    ) -> None:
        """Delete Fastly account

        Delete a Fastly account. This endpoint requires the `manage_integrations` permission."""
        return self.api_client.call(
            _DELETE_FASTLY_ACCOUNT,
            {
                "account_id": account_id,
            },
        )

    def delete_fastly_service(
        self,
        account_id: str,
        service_id: str,
    ) -> None:
        """Delete Fastly service

        Delete a Fastly service for an account. This endpoint requires the `manage_integrations` permission."""
        return self.api_client.call(
            _DELETE_FASTLY_SERVICE,
            {
                "account_id": account_id,
                "service_id": service_id,
            },
        )

    def get_fastly_account(
        self,
        account_id: str,
    ) -> FastlyAccountResponse:
        """Get Fastly account

        Get a Fastly account. This endpoint requires the `integrations_read` permission."""
        return self.api_client.call(
            _GET_FASTLY_ACCOUNT,
            {
                "account_id": account_id,
            },
        )

    def get_fastly_service(
        self,
        account_id: str,
        service_id: str,
    ) -> FastlyServiceResponse:
        """Get Fastly service

        Get a Fastly service for an account. This endpoint requires the `integrations_read` permission."""
        return self.api_client.call(
            _GET_FASTLY_SERVICE,
            {
                "account_id": account_id,
                "service_id": service_id,
            },
        )

    def list_fastly_accounts(
        self,
    ) -> FastlyAccountsResponse:
        """List Fastly accounts

        List Fastly accounts. This endpoint requires the `integrations_read` permission."""
        return self.api_client.call(
            _LIST_FASTLY_ACCOUNTS,
            {},
        )

    def list_fastly_services(
        self,
        account_id: str,
    ) -> FastlyServicesResponse:
        """List Fastly services

        List Fastly services for an account. This endpoint requires the `integrations_read` permission."""
        return self.api_client.call(
            _LIST_FASTLY_SERVICES,
            {
                "account_id": account_id,
            },
        )

    def update_fastly_account(
        self,
        account_id: str,
        body: FastlyAccountUpdateRequest | dict[str, Any],
    ) -> FastlyAccountResponse:
        """Update Fastly account

        Update a Fastly account. This endpoint requires the `manage_integrations` permission."""
        return self.api_client.call(
            _UPDATE_FASTLY_ACCOUNT,
            {
                "account_id": account_id,
                "body": body,
            },
        )

    def update_fastly_service(
        self,
        account_id: str,
        service_id: str,
        body: FastlyServiceRequest | dict[str, Any],
    ) -> FastlyServiceResponse:
        """Update Fastly service

        Update a Fastly service for an account. This endpoint requires the `manage_integrations` permission."""
        return self.api_client.call(
            _UPDATE_FASTLY_SERVICE,
            {
                "account_id": account_id,
                "service_id": service_id,
                "body": body,
            },
        )
