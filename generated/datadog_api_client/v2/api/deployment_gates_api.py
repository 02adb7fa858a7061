"""Manage Deployment Gates using this API to reduce the likelihood and impact of incidents caused by deployments. See the [Deployment Gates documentation](https://docs.datadoghq.com/deployment_gates/) for more information."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.create_deployment_gate_params import CreateDeploymentGateParams
    from datadog_api_client.v2.model.create_deployment_rule_params import CreateDeploymentRuleParams
    from datadog_api_client.v2.model.deployment_gate_response import DeploymentGateResponse
    from datadog_api_client.v2.model.deployment_rule_response import DeploymentRuleResponse
    from datadog_api_client.v2.model.list_deployment_rule_response import ListDeploymentRuleResponse
    from datadog_api_client.v2.model.update_deployment_gate_params import UpdateDeploymentGateParams
    from datadog_api_client.v2.model.update_deployment_rule_params import UpdateDeploymentRuleParams

_CREATE_DEPLOYMENT_GATE = Endpoint(
    name="create_deployment_gate",
    version="v2",
    method="POST",
    path="/api/v2/deployment_gates",
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
    body_type="v2.model.create_deployment_gate_params:CreateDeploymentGateParams",
    responses={
        200: "v2.model.deployment_gate_response:DeploymentGateResponse",
        400: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
        500: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
    },
    unstable=True,
)

_CREATE_DEPLOYMENT_RULE = Endpoint(
    name="create_deployment_rule",
    version="v2",
    method="POST",
    path="/api/v2/deployment_gates/{gate_id}/rules",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"gate_id": "gate_id"},
    body_param="body",
    body_type="v2.model.create_deployment_rule_params:CreateDeploymentRuleParams",
    responses={
        200: "v2.model.deployment_rule_response:DeploymentRuleResponse",
        400: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
        500: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
    },
    unstable=True,
)

_DELETE_DEPLOYMENT_GATE = Endpoint(
    name="delete_deployment_gate",
    version="v2",
    method="DELETE",
    path="/api/v2/deployment_gates/{id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"id": "id"},
    responses={
        204: None,
        400: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
        500: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
    },
    unstable=True,
)

_DELETE_DEPLOYMENT_RULE = Endpoint(
    name="delete_deployment_rule",
    version="v2",
    method="DELETE",
    path="/api/v2/deployment_gates/{gate_id}/rules/{id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"gate_id": "gate_id", "id": "id"},
    responses={
        204: None,
        400: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
        500: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
    },
    unstable=True,
)

_GET_DEPLOYMENT_GATE = Endpoint(
    name="get_deployment_gate",
    version="v2",
    method="GET",
    path="/api/v2/deployment_gates/{id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"id": "id"},
    responses={
        200: "v2.model.deployment_gate_response:DeploymentGateResponse",
        400: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
        500: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
    },
    unstable=True,
)

_GET_DEPLOYMENT_GATE_RULES = Endpoint(
    name="get_deployment_gate_rules",
    version="v2",
    method="GET",
    path="/api/v2/deployment_gates/{gate_id}/rules",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"gate_id": "gate_id"},
    responses={
        200: "v2.model.list_deployment_rule_response:ListDeploymentRuleResponse",
        400: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
        500: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
    },
    unstable=True,
)

_GET_DEPLOYMENT_RULE = Endpoint(
    name="get_deployment_rule",
    version="v2",
    method="GET",
    path="/api/v2/deployment_gates/{gate_id}/rules/{id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"gate_id": "gate_id", "id": "id"},
    responses={
        200: "v2.model.deployment_rule_response:DeploymentRuleResponse",
        400: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
        500: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
    },
    unstable=True,
)

_UPDATE_DEPLOYMENT_GATE = Endpoint(
    name="update_deployment_gate",
    version="v2",
    method="PUT",
    path="/api/v2/deployment_gates/{id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"id": "id"},
    body_param="body",
    body_type="v2.model.update_deployment_gate_params:UpdateDeploymentGateParams",
    responses={
        200: "v2.model.deployment_gate_response:DeploymentGateResponse",
        400: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
        500: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
    },
    unstable=True,
)

_UPDATE_DEPLOYMENT_RULE = Endpoint(
    name="update_deployment_rule",
    version="v2",
    method="PUT",
    path="/api/v2/deployment_gates/{gate_id}/rules/{id}",
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
    path_params={"gate_id": "gate_id", "id": "id"},
    body_param="body",
    body_type="v2.model.update_deployment_rule_params:UpdateDeploymentRuleParams",
    responses={
        200: "v2.model.deployment_rule_response:DeploymentRuleResponse",
        400: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
        500: "v2.model.errors_occurred_response:ErrorsOccurredResponse",
    },
    unstable=True,
)


class DeploymentGatesApi:
    """Manage Deployment Gates using this API to reduce the likelihood and impact of incidents caused by deployments. See the [Deployment Gates documentation](https://docs.datadoghq.com/deployment_gates/) for more information."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_deployment_gate(
        self,
        body: CreateDeploymentGateParams | dict[str, Any],
    ) -> DeploymentGateResponse:
        """Create deployment gate

        Endpoint to create a deployment gate. This endpoint requires the `deployment_gates_write` permission.

        This operation is in preview: enable it with configuration.unstable_operations["create_deployment_gate"] = True.
        """
        return self.api_client.call(
            _CREATE_DEPLOYMENT_GATE,
            {
                "body": body,
            },
        )

    def create_deployment_rule(
        self,
        gate_id: str,
        body: CreateDeploymentRuleParams | dict[str, Any],
    ) -> DeploymentRuleResponse:
        """Create deployment rule

        Endpoint to create a deployment rule. A gate for the rule must already exist. This endpoint requires the `deployment_gates_write` permission.

        This operation is in preview: enable it with configuration.unstable_operations["create_deployment_rule"] = True.
        """
        return self.api_client.call(
            _CREATE_DEPLOYMENT_RULE,
            {
                "gate_id": gate_id,
                "body": body,
            },
        )

    def delete_deployment_gate(
        self,
        id: str,
    ) -> None:
        """Delete deployment gate

        Endpoint to delete a deployment gate. Rules associated with the gate are also deleted. This endpoint requires the `deployment_gates_write` permission.

        This operation is in preview: enable it with configuration.unstable_operations["delete_deployment_gate"] = True.
        """
        return self.api_client.call(
            _DELETE_DEPLOYMENT_GATE,
            {
                "id": id,
            },
        )

    def delete_deployment_rule(
        self,
        gate_id: str,
        id: str,
    ) -> None:
        """Delete deployment rule

        Endpoint to delete a deployment rule. This endpoint requires the `deployment_gates_write` permission.

        This operation is in preview: enable it with configuration.unstable_operations["delete_deployment_rule"] = True.
        """
        return self.api_client.call(
            _DELETE_DEPLOYMENT_RULE,
            {
                "gate_id": gate_id,
                "id": id,
            },
        )

    def get_deployment_gate(
        self,
        id: str,
    ) -> DeploymentGateResponse:
        """Get deployment gate

        Endpoint to get a deployment gate. This endpoint requires the `deployment_gates_read` permission.

        This operation is in preview: enable it with configuration.unstable_operations["get_deployment_gate"] = True."""
        return self.api_client.call(
            _GET_DEPLOYMENT_GATE,
            {
                "id": id,
            },
        )

    def get_deployment_gate_rules(
        self,
        gate_id: str,
    ) -> ListDeploymentRuleResponse:
        """Get rules for a deployment gate

        Endpoint to get rules for a deployment gate. This endpoint requires the `deployment_gates_read` permission.

        This operation is in preview: enable it with configuration.unstable_operations["get_deployment_gate_rules"] = True.
        """
        return self.api_client.call(
            _GET_DEPLOYMENT_GATE_RULES,
            {
                "gate_id": gate_id,
            },
        )

    def get_deployment_rule(
        self,
        gate_id: str,
        id: str,
    ) -> DeploymentRuleResponse:
        """Get deployment rule

        Endpoint to get a deployment rule. This endpoint requires the `deployment_gates_read` permission.

        This operation is in preview: enable it with configuration.unstable_operations["get_deployment_rule"] = True."""
        return self.api_client.call(
            _GET_DEPLOYMENT_RULE,
            {
                "gate_id": gate_id,
                "id": id,
            },
        )

    def update_deployment_gate(
        self,
        id: str,
        body: UpdateDeploymentGateParams | dict[str, Any],
    ) -> DeploymentGateResponse:
        """Update deployment gate

        Endpoint to update a deployment gate. This endpoint requires the `deployment_gates_write` permission.

        This operation is in preview: enable it with configuration.unstable_operations["update_deployment_gate"] = True.
        """
        return self.api_client.call(
            _UPDATE_DEPLOYMENT_GATE,
            {
                "id": id,
                "body": body,
            },
        )

    def update_deployment_rule(
        self,
        gate_id: str,
        id: str,
        body: UpdateDeploymentRuleParams | dict[str, Any],
    ) -> DeploymentRuleResponse:
        """Update deployment rule

        Endpoint to update a deployment rule. This endpoint requires the `deployment_gates_write` permission.

        This operation is in preview: enable it with configuration.unstable_operations["update_deployment_rule"] = True.
        """
        return self.api_client.call(
            _UPDATE_DEPLOYMENT_RULE,
            {
                "gate_id": gate_id,
                "id": id,
                "body": body,
            },
        )
