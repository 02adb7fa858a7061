"""The service check endpoint allows you to post check statuses for use with monitors. Service check messages are limited to 500 characters. If a check is posted with a message containing more than 500 characters, only the first 500 characters are displayed. Messages are limited for checks with a Critical or Warning status, they are dropped for checks with an OK status.

- [Read more about Service Check monitors](https://docs.datadoghq.com/monitors/types/service_check/).
- [Read more about Process Check monitors](https://docs.datadoghq.com/monitors/create/types/process_check/?tab=checkalert).
- [Read more about Network monitors](https://docs.datadoghq.com/monitors/create/types/network/?tab=checkalert).
- [Read more about Custom Check monitors](https://docs.datadoghq.com/monitors/create/types/custom_check/?tab=checkalert).
- [Read more about Service Checks and status codes](https://docs.datadoghq.com/developers/service_checks/)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v1.model.service_checks import ServiceChecks
    from datadog_api_client.v1.model.submit_service_check_response import SubmitServiceCheckResponse

_SUBMIT_SERVICE_CHECK = Endpoint(
    name="submit_service_check",
    version="v1",
    method="POST",
    path="/api/v1/check_run",
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
    body_type="v1.model.service_checks:ServiceChecks",
    responses={
        202: "v1.model.submit_service_check_response:SubmitServiceCheckResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        408: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        413: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)


class ServiceChecksApi:
    """The service check endpoint allows you to post check statuses for use with monitors. Service check messages are limited to 500 characters. If a check is posted with a message containing more than 500 characters, only the first 500 characters are displayed. Messages are limited for checks with a Critical or Warning status, they are dropped for checks with an OK status.

    - [Read more about Service Check monitors](https://docs.datadoghq.com/monitors/types/service_check/).
    - [Read more about Process Check monitors](https://docs.datadoghq.com/monitors/create/types/process_check/?tab=checkalert).
    - [Read more about Network monitors](https://docs.datadoghq.com/monitors/create/types/network/?tab=checkalert).
    - [Read more about Custom Check monitors](https://docs.datadoghq.com/monitors/create/types/custom_check/?tab=checkalert).
    - [Read more about Service Checks and status codes](https://docs.datadoghq.com/developers/service_checks/)."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def submit_service_check(
        self,
        body: ServiceChecks | dict[str, Any],
    ) -> SubmitServiceCheckResponse:
        """Submit a Service Check

        Submit a list of Service Checks.

        **Notes**:

        - A valid API key is required.
        - Service checks can be submitted up to 10 minutes in the past."""
        return self.api_client.call(
            _SUBMIT_SERVICE_CHECK,
            {
                "body": body,
            },
        )
