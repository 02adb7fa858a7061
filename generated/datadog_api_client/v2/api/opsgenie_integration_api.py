"""Configure your [Datadog Opsgenie integration](https://docs.datadoghq.com/integrations/opsgenie/) directly through the Datadog API."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.opsgenie_service_create_request import OpsgenieServiceCreateRequest
    from datadog_api_client.v2.model.opsgenie_service_response import OpsgenieServiceResponse
    from datadog_api_client.v2.model.opsgenie_service_update_request import OpsgenieServiceUpdateRequest
    from datadog_api_client.v2.model.opsgenie_services_response import OpsgenieServicesResponse

_CREATE_OPSGENIE_SERVICE = Endpoint(
    name="create_opsgenie_service",
    version="v2",
    method="POST",
    path="/api/v2/integration/opsgenie/services",
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
    body_type="v2.model.opsgenie_service_create_request:OpsgenieServiceCreateRequest",
    responses={
        201: "v2.model.opsgenie_service_response:OpsgenieServiceResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        409: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_OPSGENIE_SERVICE = Endpoint(
    name="delete_opsgenie_service",
    version="v2",
    method="DELETE",
    path="/api/v2/integration/opsgenie/services/{integration_service_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"integration_service_id": "integration_service_id"},
    responses={
        204: None,
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_OPSGENIE_SERVICE = Endpoint(
    name="get_opsgenie_service",
    version="v2",
    method="GET",
    path="/api/v2/integration/opsgenie/services/{integration_service_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"integration_service_id": "integration_service_id"},
    responses={
        200: "v2.model.opsgenie_service_response:OpsgenieServiceResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        409: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_OPSGENIE_SERVICES = Endpoint(
    name="list_opsgenie_services",
    version="v2",
    method="GET",
    path="/api/v2/integration/opsgenie/services",
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
        200: "v2.model.opsgenie_services_response:OpsgenieServicesResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_OPSGENIE_SERVICE = Endpoint(
    name="update_opsgenie_service",
    version="v2",
    method="PATCH",
    path="/api/v2/integration/opsgenie/services/{integration_service_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"integration_service_id": "integration_service_id"},
    body_param="body",
    body_type="v2.model.opsgenie_service_update_request:OpsgenieServiceUpdateRequest",
    responses={
        200: "v2.model.opsgenie_service_response:OpsgenieServiceResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        409: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class OpsgenieIntegrationApi:
    """Configure your [Datadog Opsgenie integration](https://docs.datadoghq.com/integrations/opsgenie/) directly through the Datadog API."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_opsgenie_service(
        self,
        body: OpsgenieServiceCreateRequest | dict[str, Any],
    ) -> OpsgenieServiceResponse:
        """Create a new service object

        Create a new service object in the Opsgenie integration. This endpoint requires the `manage_integrations` permission.
        """
        return self.api_client.call(
            _CREATE_OPSGENIE_SERVICE,
            {
                "body": body,
            },
        )

    def delete_opsgenie_service(
        self,
        integration_service_id: str,
    ) -> None:
        """Delete a single service object

        Delete a single service object in the Datadog Opsgenie integration. This endpoint requires the `manage_integrations` permission.
        """
        return self.api_client.call(
            _DELETE_OPSGENIE_SERVICE,
            {
                "integration_service_id": integration_service_id,
            },
        )

    def get_opsgenie_service(
        self,
        integration_service_id: str,
    ) -> OpsgenieServiceResponse:
        """Get a single service object

        Get a single service from the Datadog Opsgenie integration. This endpoint requires the `integrations_read` permission.
        """
        return self.api_client.call(
            _GET_OPSGENIE_SERVICE,
            {
                "integration_service_id": integration_service_id,
            },
        )

    def list_opsgenie_services(
        self,
    ) -> OpsgenieServicesResponse:
        """Get all service objects

        Get a list of all services from the Datadog Opsgenie integration. This endpoint requires the `integrations_read` permission.
        """
        return self.api_client.call(
            _LIST_OPSGENIE_SERVICES,
            {},
        )

    def update_opsgenie_service(
        self,
        integration_service_id: str,
        body: OpsgenieServiceUpdateRequest | dict[str, Any],
    ) -> OpsgenieServiceResponse:
        """Update a single service object

        Update a single service object in the Datadog Opsgenie integration. This endpoint requires the `manage_integrations` permission.
        """
        return self.api_client.call(
            _UPDATE_OPSGENIE_SERVICE,
            {
                "integration_service_id": integration_service_id,
                "body": body,
            },
        )
