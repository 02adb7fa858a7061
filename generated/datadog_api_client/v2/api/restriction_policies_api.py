"""A restriction policy defines the access control rules for a resource, mapping a set of relations (such as editor and viewer) to a set of allowed principals (such as roles, teams, or users). The restriction policy determines who is authorized to perform what actions on the resource."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.restriction_policy_update_request import RestrictionPolicyUpdateRequest

_DELETE_RESTRICTION_POLICY = Endpoint(
    name="delete_restriction_policy",
    version="v2",
    method="DELETE",
    path="/api/v2/restriction_policy/{resource_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"resource_id": "resource_id"},
    responses={
        204: None,
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_RESTRICTION_POLICY = Endpoint(
    name="get_restriction_policy",
    version="v2",
    method="GET",
    path="/api/v2/restriction_policy/{resource_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"resource_id": "resource_id"},
    responses={
        200: "v2.model.restriction_policy_update_request:RestrictionPolicyUpdateRequest",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_RESTRICTION_POLICY = Endpoint(
    name="update_restriction_policy",
    version="v2",
    method="POST",
    path="/api/v2/restriction_policy/{resource_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"resource_id": "resource_id"},
    query_params={"allow_self_lockout": "allow_self_lockout"},
    body_param="body",
    body_type="v2.model.restriction_policy_update_request:RestrictionPolicyUpdateRequest",
    responses={
        200: "v2.model.restriction_policy_update_request:RestrictionPolicyUpdateRequest",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class RestrictionPoliciesApi:
    """A restriction policy defines the access control rules for a resource, mapping a set of relations (such as editor and viewer) to a set of allowed principals (such as roles, teams, or users). The restriction policy determines who is authorized to perform what actions on the resource."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def delete_restriction_policy(
        self,
        resource_id: str,
    ) -> None:
        """Delete a restriction policy

        Deletes the restriction policy associated with a specified resource."""
        return self.api_client.call(
            _DELETE_RESTRICTION_POLICY,
            {
                "resource_id": resource_id,
            },
        )

    def get_restriction_policy(
        self,
        resource_id: str,
    ) -> RestrictionPolicyUpdateRequest:
        """Get a restriction policy

        Retrieves the restriction policy associated with a specified resource."""
        return self.api_client.call(
            _GET_RESTRICTION_POLICY,
            {
                "resource_id": resource_id,
            },
        )

    def update_restriction_policy(
        self,
        resource_id: str,
        body: RestrictionPolicyUpdateRequest | dict[str, Any],
        *,
        allow_self_lockout: bool | None = None,
    ) -> RestrictionPolicyUpdateRequest:
        """Update a restriction policy

        Updates the restriction policy associated with a resource.

        #### Supported resources{% #supported-resources %}

        Restriction policies can be applied to the following resources:

        - Dashboards: `dashboard`
        - Integration Services: `integration-service`
        - Integration Webhooks: `integration-webhook`
        - Notebooks: `notebook`
        - Powerpacks: `powerpack`
        - Reference Tables: `reference-table`
        - Security Rules: `security-rule`
        - Service Level Objectives: `slo`
        - Synthetic Global Variables: `synthetics-global-variable`
        - Synthetic Tests: `synthetics-test`
        - Synthetic Private Locations: `synthetics-private-location`
        - Monitors: `monitor`
        - Workflows: `workflow`
        - App Builder Apps: `app-builder-app`
        - Connections: `connection`
        - Connection Groups: `connection-group`
        - RUM Applications: `rum-application`
        - Cross Org Connections: `cross-org-connection`
        - Spreadsheets: `spreadsheet`
        - On-Call Schedules: `on-call-schedule`
        - On-Call Escalation Policies: `on-call-escalation-policy`
        - On-Call Team Routing Rules: `on-call-team-routing-rules`
        - Logs Pipelines: `logs-pipeline`
        - Case Management Projects: `case-management-project`

        #### Supported relations for resources{% #supported-relations-for-resources %}

        | Resource Type               | Supported Relations                     |
        | --------------------------- | --------------------------------------- |
        | Dashboards                  | `viewer`, `editor`                      |
        | Integration Services        | `viewer`, `editor`                      |
        | Integration Webhooks        | `viewer`, `editor`                      |
        | Notebooks                   | `viewer`, `editor`                      |
        | Powerpacks                  | `viewer`, `editor`                      |
        | Security Rules              | `viewer`, `editor`                      |
        | Service Level Objectives    | `viewer`, `editor`                      |
        | Synthetic Global Variables  | `viewer`, `editor`                      |
        | Synthetic Tests             | `viewer`, `editor`                      |
        | Synthetic Private Locations | `viewer`, `editor`                      |
        | Monitors                    | `viewer`, `editor`                      |
        | Reference Tables            | `viewer`, `editor`                      |
        | Workflows                   | `viewer`, `runner`, `editor`            |
        | App Builder Apps            | `viewer`, `editor`                      |
        | Connections                 | `viewer`, `resolver`, `editor`          |
        | Connection Groups           | `viewer`, `editor`                      |
        | RUM Application             | `viewer`, `editor`                      |
        | Cross Org Connections       | `viewer`, `editor`                      |
        | Spreadsheets                | `viewer`, `editor`                      |
        | On-Call Schedules           | `viewer`, `overrider`, `editor`         |
        | On-Call Escalation Policies | `viewer`, `editor`                      |
        | On-Call Team Routing Rules  | `viewer`, `editor`                      |
        | Logs Pipelines              | `viewer`, `processors_editor`, `editor` |
        | Case Management Projects    | `viewer`, `contributor`, `manager`      |"""
        return self.api_client.call(
            _UPDATE_RESTRICTION_POLICY,
            {
                "resource_id": resource_id,
                "body": body,
                "allow_self_lockout": allow_self_lockout,
            },
        )
