"""Configure your [Datadog-Slack integration](https://docs.datadoghq.com/integrations/slack) directly through the Datadog API."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v1.model.add_channels_to_slack_integration_request import (
        AddChannelsToSlackIntegrationRequest,
    )
    from datadog_api_client.v1.model.create_a_slack_integration_request import CreateASlackIntegrationRequest
    from datadog_api_client.v1.model.get_info_about_a_slack_integration_response import (
        GetInfoAboutASlackIntegrationResponse,
    )
    from datadog_api_client.v1.model.get_slack_integration_channels_response import GetSlackIntegrationChannelsResponse
    from datadog_api_client.v1.model.slack_integration_channel import SlackIntegrationChannel

_ADD_CHANNELS_TO_SLACK_INTEGRATION = Endpoint(
    name="add_channels_to_slack_integration",
    version="v1",
    method="PUT",
    path="/api/v1/integration/slack",
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
    body_type="v1.model.add_channels_to_slack_integration_request:AddChannelsToSlackIntegrationRequest",
    responses={
        204: None,
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_CREATE_A_SLACK_INTEGRATION = Endpoint(
    name="create_a_slack_integration",
    version="v1",
    method="POST",
    path="/api/v1/integration/slack",
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
    body_type="v1.model.create_a_slack_integration_request:CreateASlackIntegrationRequest",
    responses={
        204: None,
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_CREATE_SLACK_INTEGRATION_CHANNEL = Endpoint(
    name="create_slack_integration_channel",
    version="v1",
    method="POST",
    path="/api/v1/integration/slack/configuration/accounts/{account_name}/channels",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"account_name": "account_name"},
    body_param="body",
    body_type="v1.model.slack_integration_channel:SlackIntegrationChannel",
    responses={
        200: "v1.model.slack_integration_channel:SlackIntegrationChannel",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_DELETE_A_SLACK_INTEGRATION = Endpoint(
    name="delete_a_slack_integration",
    version="v1",
    method="DELETE",
    path="/api/v1/integration/slack",
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
        200: None,
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_GET_INFO_ABOUT_A_SLACK_INTEGRATION = Endpoint(
    name="get_info_about_a_slack_integration",
    version="v1",
    method="GET",
    path="/api/v1/integration/slack",
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
        200: "v1.model.get_info_about_a_slack_integration_response:GetInfoAboutASlackIntegrationResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_GET_SLACK_INTEGRATION_CHANNEL = Endpoint(
    name="get_slack_integration_channel",
    version="v1",
    method="GET",
    path="/api/v1/integration/slack/configuration/accounts/{account_name}/channels/{channel_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"account_name": "account_name", "channel_name": "channel_name"},
    responses={
        200: "v1.model.slack_integration_channel:SlackIntegrationChannel",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_GET_SLACK_INTEGRATION_CHANNELS = Endpoint(
    name="get_slack_integration_channels",
    version="v1",
    method="GET",
    path="/api/v1/integration/slack/configuration/accounts/{account_name}/channels",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"account_name": "account_name"},
    responses={
        200: "v1.model.get_slack_integration_channels_response:GetSlackIntegrationChannelsResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_REMOVE_SLACK_INTEGRATION_CHANNEL = Endpoint(
    name="remove_slack_integration_channel",
    version="v1",
    method="DELETE",
    path="/api/v1/integration/slack/configuration/accounts/{account_name}/channels/{channel_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"account_name": "account_name", "channel_name": "channel_name"},
    responses={
        204: None,
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_UPDATE_SLACK_INTEGRATION_CHANNEL = Endpoint(
    name="update_slack_integration_channel",
    version="v1",
    method="PATCH",
    path="/api/v1/integration/slack/configuration/accounts/{account_name}/channels/{channel_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"account_name": "account_name", "channel_name": "channel_name"},
    body_param="body",
    body_type="v1.model.slack_integration_channel:SlackIntegrationChannel",
    responses={
        200: "v1.model.slack_integration_channel:SlackIntegrationChannel",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)


class SlackIntegrationApi:
    """Configure your [Datadog-Slack integration](https://docs.datadoghq.com/integrations/slack) directly through the Datadog API."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def add_channels_to_slack_integration(
        self,
        body: AddChannelsToSlackIntegrationRequest | dict[str, Any],
    ) -> None:
        """Add channels to Slack integration

        Add channels to your existing Datadog-Slack integration.

        This method updates your integration configuration by **replacing** your current configuration with the new one sent to your Datadog organization.
        """
        return self.api_client.call(
            _ADD_CHANNELS_TO_SLACK_INTEGRATION,
            {
                "body": body,
            },
        )

    def create_a_slack_integration(
        self,
        body: CreateASlackIntegrationRequest | dict[str, Any],
    ) -> None:
        """Create a Slack integration

        Create a Datadog-Slack integration. Once created, add a channel to it with the [Add channels to Slack integration endpoint](https://docs.datadoghq.com/api/?lang=bash#add-channels-to-slack-integration).

        This method updates your integration configuration by **adding** your new configuration to the existing one in your Datadog organization.
        """
        return self.api_client.call(
            _CREATE_A_SLACK_INTEGRATION,
            {
                "body": body,
            },
        )

    def create_slack_integration_channel(
        self,
        account_name: str,
        body: SlackIntegrationChannel | dict[str, Any],
    ) -> SlackIntegrationChannel:
        """Create a Slack integration channel

        Add a channel to your Datadog-Slack integration. This endpoint requires the `manage_integrations` permission."""
        return self.api_client.call(
            _CREATE_SLACK_INTEGRATION_CHANNEL,
            {
                "account_name": account_name,
                "body": body,
            },
        )

    def delete_a_slack_integration(
        self,
    ) -> None:
        """Delete a Slack integration

        Delete a Datadog-Slack integration."""
        return self.api_client.call(
            _DELETE_A_SLACK_INTEGRATION,
            {},
        )

    def get_info_about_a_slack_integration(
        self,
    ) -> GetInfoAboutASlackIntegrationResponse:
        """Get info about a Slack integration

        Get all information about your Datadog-Slack integration."""
        return self.api_client.call(
            _GET_INFO_ABOUT_A_SLACK_INTEGRATION,
            {},
        )

    def get_slack_integration_channel(
        self,
        account_name: str,
        channel_name: str,
    ) -> SlackIntegrationChannel:
        """Get a Slack integration channel

        Get a channel configured for your Datadog-Slack integration. This endpoint requires the `integrations_read` permission.
        """
        return self.api_client.call(
            _GET_SLACK_INTEGRATION_CHANNEL,
            {
                "account_name": account_name,
                "channel_name": channel_name,
            },
        )

    def get_slack_integration_channels(
        self,
        account_name: str,
    ) -> GetSlackIntegrationChannelsResponse:
        """Get all channels in a Slack integration

        Get a list of all channels configured for your Datadog-Slack integration. This endpoint requires the `integrations_read` permission.
        """
        return self.api_client.call(
            _GET_SLACK_INTEGRATION_CHANNELS,
            {
                "account_name": account_name,
            },
        )

    def remove_slack_integration_channel(
        self,
        account_name: str,
        channel_name: str,
    ) -> None:
        """Remove a Slack integration channel

        Remove a channel from your Datadog-Slack integration. This endpoint requires the `manage_integrations` permission.
        """
        return self.api_client.call(
            _REMOVE_SLACK_INTEGRATION_CHANNEL,
            {
                "account_name": account_name,
                "channel_name": channel_name,
            },
        )

    def update_slack_integration_channel(
        self,
        account_name: str,
        channel_name: str,
        body: SlackIntegrationChannel | dict[str, Any],
    ) -> SlackIntegrationChannel:
        """Update a Slack integration channel

        Update a channel used in your Datadog-Slack integration. This endpoint requires the `manage_integrations` permission.
        """
        return self.api_client.call(
            _UPDATE_SLACK_INTEGRATION_CHANNEL,
            {
                "account_name": account_name,
                "channel_name": channel_name,
                "body": body,
            },
        )
