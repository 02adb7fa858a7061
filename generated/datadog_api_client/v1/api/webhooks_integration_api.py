"""Configure your Datadog-Webhooks integration directly through the Datadog API. See the [Webhooks integration page](https://docs.datadoghq.com/integrations/webhooks) for more information."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v1.model.create_webhooks_integration_custom_variable_response import (
        CreateWebhooksIntegrationCustomVariableResponse,
    )
    from datadog_api_client.v1.model.webhooks_integration import WebhooksIntegration
    from datadog_api_client.v1.model.webhooks_integration_custom_variable import WebhooksIntegrationCustomVariable
    from datadog_api_client.v1.model.webhooks_integration_custom_variable_update_request import (
        WebhooksIntegrationCustomVariableUpdateRequest,
    )
    from datadog_api_client.v1.model.webhooks_integration_update_request import WebhooksIntegrationUpdateRequest

_CREATE_WEBHOOKS_INTEGRATION = Endpoint(
    name="create_webhooks_integration",
    version="v1",
    method="POST",
    path="/api/v1/integration/webhooks/configuration/webhooks",
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
    body_type="v1.model.webhooks_integration:WebhooksIntegration",
    responses={
        201: "v1.model.webhooks_integration:WebhooksIntegration",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_CREATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE = Endpoint(
    name="create_webhooks_integration_custom_variable",
    version="v1",
    method="POST",
    path="/api/v1/integration/webhooks/configuration/custom-variables",
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
    body_type="v1.model.webhooks_integration_custom_variable:WebhooksIntegrationCustomVariable",
    responses={
        201: "v1.model.create_webhooks_integration_custom_variable_response:CreateWebhooksIntegrationCustomVariableResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_DELETE_WEBHOOKS_INTEGRATION = Endpoint(
    name="delete_webhooks_integration",
    version="v1",
    method="DELETE",
    path="/api/v1/integration/webhooks/configuration/webhooks/{webhook_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"webhook_name": "webhook_name"},
    responses={
        200: None,
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_DELETE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE = Endpoint(
    name="delete_webhooks_integration_custom_variable",
    version="v1",
    method="DELETE",
    path="/api/v1/integration/webhooks/configuration/custom-variables/{custom_variable_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"custom_variable_name": "custom_variable_name"},
    responses={
        200: None,
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_GET_WEBHOOKS_INTEGRATION = Endpoint(
    name="get_webhooks_integration",
    version="v1",
    method="GET",
    path="/api/v1/integration/webhooks/configuration/webhooks/{webhook_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"webhook_name": "webhook_name"},
    responses={
        200: "v1.model.webhooks_integration:WebhooksIntegration",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_GET_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE = Endpoint(
    name="get_webhooks_integration_custom_variable",
    version="v1",
    method="GET",
    path="/api/v1/integration/webhooks/configuration/custom-variables/{custom_variable_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"custom_variable_name": "custom_variable_name"},
    responses={
        200: "v1.model.create_webhooks_integration_custom_variable_response:CreateWebhooksIntegrationCustomVariableResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_UPDATE_WEBHOOKS_INTEGRATION = Endpoint(
    name="update_webhooks_integration",
    version="v1",
    method="PUT",
    path="/api/v1/integration/webhooks/configuration/webhooks/{webhook_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"webhook_name": "webhook_name"},
    body_param="body",
    body_type="v1.model.webhooks_integration_update_request:WebhooksIntegrationUpdateRequest",
    responses={
        200: "v1.model.webhooks_integration:WebhooksIntegration",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE = Endpoint(
    name="update_webhooks_integration_custom_variable",
    version="v1",
    method="PUT",
    path="/api/v1/integration/webhooks/configuration/custom-variables/{custom_variable_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"custom_variable_name": "custom_variable_name"},
    body_param="body",
    body_type="v1.model.webhooks_integration_custom_variable_update_request:WebhooksIntegrationCustomVariableUpdateRequest",
    responses={
        200: "v1.model.create_webhooks_integration_custom_variable_response:CreateWebhooksIntegrationCustomVariableResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)


class WebhooksIntegrationApi:
    """Configure your Datadog-Webhooks integration directly through the Datadog API. See the [Webhooks integration page](https://docs.datadoghq.com/integrations/webhooks) for more information."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_webhooks_integration(
        self,
        body: WebhooksIntegration | dict[str, Any],
    ) -> WebhooksIntegration:
        """Create a webhooks integration

        Creates an endpoint with the name `<WEBHOOK_NAME>`. This endpoint requires the `create_webhooks` permission.

        OAuth apps require the `create_webhooks` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#webhooks-integration) to access this endpoint.
        """
        return self.api_client.call(
            _CREATE_WEBHOOKS_INTEGRATION,
            {
                "body": body,
            },
        )

    def create_webhooks_integration_custom_variable(
        self,
        body: WebhooksIntegrationCustomVariable | dict[str, Any],
    ) -> CreateWebhooksIntegrationCustomVariableResponse:
        """Create a custom variable

        Creates an endpoint with the name `<CUSTOM_VARIABLE_NAME>`. This endpoint requires the `manage_integrations` permission.
        """
        return self.api_client.call(
            _CREATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE,
            {
                "body": body,
            },
        )

    def delete_webhooks_integration(
        self,
        webhook_name: str,
    ) -> None:
        """Delete a webhook

        Deletes the endpoint with the name `<WEBHOOK NAME>`. This endpoint requires the `manage_integrations` permission.
        """
        return self.api_client.call(
            _DELETE_WEBHOOKS_INTEGRATION,
            {
                "webhook_name": webhook_name,
            },
        )

    def delete_webhooks_integration_custom_variable(
        self,
        custom_variable_name: str,
    ) -> None:
        """Delete a custom variable

        Deletes the endpoint with the name `<CUSTOM_VARIABLE_NAME>`. This endpoint requires the `manage_integrations` permission.
        """
        return self.api_client.call(
            _DELETE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE,
            {
                "custom_variable_name": custom_variable_name,
            },
        )

    def get_webhooks_integration(
        self,
        webhook_name: str,
    ) -> WebhooksIntegration:
        """Get a webhook integration

        Gets the content of the webhook with the name `<WEBHOOK_NAME>`. This endpoint requires the `integrations_read` permission.
        """
        return self.api_client.call(
            _GET_WEBHOOKS_INTEGRATION,
            {
                "webhook_name": webhook_name,
            },
        )

    def get_webhooks_integration_custom_variable(
        self,
        custom_variable_name: str,
    ) -> CreateWebhooksIntegrationCustomVariableResponse:
        """Get a custom variable

        Shows the content of the custom variable with the name `<CUSTOM_VARIABLE_NAME>`.

        If the custom variable is secret, the value does not return in the response payload.
        This endpoint requires the `integrations_read` permission."""
        return self.api_client.call(
            _GET_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE,
            {
                "custom_variable_name": custom_variable_name,
            },
        )

    def update_webhooks_integration(
        self,
        webhook_name: str,
        body: WebhooksIntegrationUpdateRequest | dict[str, Any],
    ) -> WebhooksIntegration:
        """Update a webhook

        Updates the endpoint with the name `<WEBHOOK_NAME>`. This endpoint requires the `manage_integrations` permission.
        """
        return self.api_client.call(
            _UPDATE_WEBHOOKS_INTEGRATION,
            {
                "webhook_name": webhook_name,
                "body": body,
            },
        )

    def update_webhooks_integration_custom_variable(
        self,
        custom_variable_name: str,
        body: WebhooksIntegrationCustomVariableUpdateRequest | dict[str, Any],
    ) -> CreateWebhooksIntegrationCustomVariableResponse:
        """Update a custom variable

        Updates the endpoint with the name `<CUSTOM_VARIABLE_NAME>`. This endpoint requires the `manage_integrations` permission.
        """
        return self.api_client.call(
            _UPDATE_WEBHOOKS_INTEGRATION_CUSTOM_VARIABLE,
            {
                "custom_variable_name": custom_variable_name,
                "body": body,
            },
        )
