"""Search, send, or delete events for DORA Metrics to measure and improve your software delivery performance. See the [DORA Metrics page](https://docs.datadoghq.com/dora_metrics/) for more information.

**Note**: DORA Metrics are not available in the US1-FED site."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.create_dora_deployment_response import CreateDORADeploymentResponse
    from datadog_api_client.v2.model.create_dora_failure_response import CreateDORAFailureResponse
    from datadog_api_client.v2.model.dora_deployment_patch_request import DORADeploymentPatchRequest
    from datadog_api_client.v2.model.dora_deployment_request import DORADeploymentRequest
    from datadog_api_client.v2.model.dora_deployment_response import DoraDeploymentResponse
    from datadog_api_client.v2.model.dora_deployments_response import DoraDeploymentsResponse
    from datadog_api_client.v2.model.dora_failure_request import DORAFailureRequest
    from datadog_api_client.v2.model.dora_failure_response import DoraFailureResponse
    from datadog_api_client.v2.model.dora_failures_response import DoraFailuresResponse
    from datadog_api_client.v2.model.dora_list_deployments_request import DORAListDeploymentsRequest
    from datadog_api_client.v2.model.dora_list_failures_request import DORAListFailuresRequest

_CREATE_DORA_DEPLOYMENT = Endpoint(
    name="create_dora_deployment",
    version="v2",
    method="POST",
    path="/api/v2/dora/deployment",
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
    body_type="v2.model.dora_deployment_request:DORADeploymentRequest",
    responses={
        200: "v2.model.create_dora_deployment_response:CreateDORADeploymentResponse",
        202: "v2.model.create_dora_deployment_response:CreateDORADeploymentResponse",
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_CREATE_DORA_FAILURE = Endpoint(
    name="create_dora_failure",
    version="v2",
    method="POST",
    path="/api/v2/dora/failure",
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
    body_type="v2.model.dora_failure_request:DORAFailureRequest",
    responses={
        200: "v2.model.create_dora_failure_response:CreateDORAFailureResponse",
        202: "v2.model.create_dora_failure_response:CreateDORAFailureResponse",
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_CREATE_DORA_INCIDENT = Endpoint(
    name="create_dora_incident",
    version="v2",
    method="POST",
    path="/api/v2/dora/incident",
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
    body_type="v2.model.dora_failure_request:DORAFailureRequest",
    responses={
        200: "v2.model.create_dora_failure_response:CreateDORAFailureResponse",
        202: "v2.model.create_dora_failure_response:CreateDORAFailureResponse",
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_DORA_DEPLOYMENT = Endpoint(
    name="delete_dora_deployment",
    version="v2",
    method="DELETE",
    path="/api/v2/dora/deployment/{deployment_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"deployment_id": "deployment_id"},
    responses={
        202: None,
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_DORA_FAILURE = Endpoint(
    name="delete_dora_failure",
    version="v2",
    method="DELETE",
    path="/api/v2/dora/failure/{failure_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"failure_id": "failure_id"},
    responses={
        202: None,
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_DORA_DEPLOYMENT = Endpoint(
    name="get_dora_deployment",
    version="v2",
    method="GET",
    path="/api/v2/dora/deployments/{deployment_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"deployment_id": "deployment_id"},
    responses={
        200: "v2.model.dora_deployment_response:DoraDeploymentResponse",
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_DORA_FAILURE = Endpoint(
    name="get_dora_failure",
    version="v2",
    method="GET",
    path="/api/v2/dora/failures/{failure_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"failure_id": "failure_id"},
    responses={
        200: "v2.model.dora_failure_response:DoraFailureResponse",
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_DORA_DEPLOYMENTS = Endpoint(
    name="list_dora_deployments",
    version="v2",
    method="POST",
    path="/api/v2/dora/deployments",
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
    body_type="v2.model.dora_list_deployments_request:DORAListDeploymentsRequest",
    responses={
        200: "v2.model.dora_deployments_response:DoraDeploymentsResponse",
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_DORA_FAILURES = Endpoint(
    name="list_dora_failures",
    version="v2",
    method="POST",
    path="/api/v2/dora/failures",
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
    body_type="v2.model.dora_list_failures_request:DORAListFailuresRequest",
    responses={
        200: "v2.model.dora_failures_response:DoraFailuresResponse",
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_PATCH_DORA_DEPLOYMENT = Endpoint(
    name="patch_dora_deployment",
    version="v2",
    method="PATCH",
    path="/api/v2/dora/deployments/{deployment_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us2.ddog-gov.com": "https://api.us2.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"deployment_id": "deployment_id"},
    body_param="body",
    body_type="v2.model.dora_deployment_patch_request:DORADeploymentPatchRequest",
    responses={
        202: None,
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class DORAMetricsApi:
    """Search, send, or delete events for DORA Metrics to measure and improve your software delivery performance. See the [DORA Metrics page](https://docs.datadoghq.com/dora_metrics/) for more information.

    **Note**: DORA Metrics are not available in the US1-FED site."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_dora_deployment(
        self,
        body: DORADeploymentRequest | dict[str, Any],
    ) -> CreateDORADeploymentResponse:
        """Send a deployment event

        Use this API endpoint to provide deployment data.

        This is necessary for:

        - Deployment Frequency
        - Change Lead Time
        - Change Failure Rate"""
        return self.api_client.call(
            _CREATE_DORA_DEPLOYMENT,
            {
                "body": body,
            },
        )

    def create_dora_failure(
        self,
        body: DORAFailureRequest | dict[str, Any],
    ) -> CreateDORAFailureResponse:
        """Send a failure event

        Use this API endpoint to provide failure data.

        This is necessary for:

        - Change Failure Rate
        - Time to Restore"""
        return self.api_client.call(
            _CREATE_DORA_FAILURE,
            {
                "body": body,
            },
        )

    def create_dora_incident(
        self,
        body: DORAFailureRequest | dict[str, Any],
    ) -> CreateDORAFailureResponse:
        """Send an incident event

        **Note**: This endpoint is deprecated. Please use `/api/v2/dora/failure` instead.

        Use this API endpoint to provide failure data.

        This is necessary for:

        - Change Failure Rate
        - Time to Restore

        Deprecated."""
        return self.api_client.call(
            _CREATE_DORA_INCIDENT,
            {
                "body": body,
            },
        )

    def delete_dora_deployment(
        self,
        deployment_id: str,
    ) -> None:
        """Delete a deployment event

        Use this API endpoint to delete a deployment event. This endpoint requires the `dora_metrics_write` permission.
        """
        return self.api_client.call(
            _DELETE_DORA_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
            },
        )

    def delete_dora_failure(
        self,
        failure_id: str,
    ) -> None:
        """Delete a failure event

        Use this API endpoint to delete a failure event. This endpoint requires the `dora_metrics_write` permission."""
        return self.api_client.call(
            _DELETE_DORA_FAILURE,
            {
                "failure_id": failure_id,
            },
        )

    def get_dora_deployment(
        self,
        deployment_id: str,
    ) -> DoraDeploymentResponse:
        """Get a deployment event

        Use this API endpoint to get a deployment event. This endpoint requires the `dora_metrics_read` permission."""
        return self.api_client.call(
            _GET_DORA_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
            },
        )

    def get_dora_failure(
        self,
        failure_id: str,
    ) -> DoraFailureResponse:
        """Get a failure event

        Use this API endpoint to get a failure event. This endpoint requires the `dora_metrics_read` permission."""
        return self.api_client.call(
            _GET_DORA_FAILURE,
            {
                "failure_id": failure_id,
            },
        )

    def list_dora_deployments(
        self,
        body: DORAListDeploymentsRequest | dict[str, Any],
    ) -> DoraDeploymentsResponse:
        """Get a list of deployment events

        Use this API endpoint to get a list of deployment events. This endpoint requires the `dora_metrics_read` permission.
        """
        return self.api_client.call(
            _LIST_DORA_DEPLOYMENTS,
            {
                "body": body,
            },
        )

    def list_dora_failures(
        self,
        body: DORAListFailuresRequest | dict[str, Any],
    ) -> DoraFailuresResponse:
        """Get a list of failure events

        Use this API endpoint to get a list of failure events. This endpoint requires the `dora_metrics_read` permission.
        """
        return self.api_client.call(
            _LIST_DORA_FAILURES,
            {
                "body": body,
            },
        )

    def patch_dora_deployment(
        self,
        deployment_id: str,
        body: DORADeploymentPatchRequest | dict[str, Any],
    ) -> None:
        """Patch a deployment event

        Update a deployment's change failure status. Use this to mark a deployment as a change failure or back to stable. You can optionally include remediation details to enable failed deployment recovery time calculation. This endpoint requires the `dora_metrics_write` permission.
        """
        return self.api_client.call(
            _PATCH_DORA_DEPLOYMENT,
            {
                "deployment_id": deployment_id,
                "body": body,
            },
        )
