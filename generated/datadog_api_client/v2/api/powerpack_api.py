"""The Powerpack endpoints allow you to:

- Get a Powerpack
- Create a Powerpack
- Delete a Powerpack
- Get a list of all Powerpacks

The Patch and Delete API methods can only be performed on a Powerpack by a user who has the powerpack create permission for that specific Powerpack.

Read [Scale Graphing Expertise with Powerpacks](https://docs.datadoghq.com/dashboards/guide/powerpacks-best-practices/) for more information.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.create_powerpack_response import CreatePowerpackResponse
    from datadog_api_client.v2.model.list_powerpacks_response import ListPowerpacksResponse
    from datadog_api_client.v2.model.powerpack import Powerpack

_CREATE_POWERPACK = Endpoint(
    name="create_powerpack",
    version="v2",
    method="POST",
    path="/api/v2/powerpacks",
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
    body_type="v2.model.powerpack:Powerpack",
    responses={
        200: "v2.model.create_powerpack_response:CreatePowerpackResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_DELETE_POWERPACK = Endpoint(
    name="delete_powerpack",
    version="v2",
    method="DELETE",
    path="/api/v2/powerpacks/{powerpack_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"powerpack_id": "powerpack_id"},
    responses={
        204: None,
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_GET_POWERPACK = Endpoint(
    name="get_powerpack",
    version="v2",
    method="GET",
    path="/api/v2/powerpacks/{powerpack_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"powerpack_id": "powerpack_id"},
    responses={
        200: "v2.model.create_powerpack_response:CreatePowerpackResponse",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_POWERPACKS = Endpoint(
    name="list_powerpacks",
    version="v2",
    method="GET",
    path="/api/v2/powerpacks",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    query_params={"page_limit": "page[limit]", "page_offset": "page[offset]"},
    responses={
        200: "v2.model.list_powerpacks_response:ListPowerpacksResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_POWERPACK = Endpoint(
    name="update_powerpack",
    version="v2",
    method="PATCH",
    path="/api/v2/powerpacks/{powerpack_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"powerpack_id": "powerpack_id"},
    body_param="body",
    body_type="v2.model.powerpack:Powerpack",
    responses={
        200: "v2.model.create_powerpack_response:CreatePowerpackResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class PowerpackApi:
    """The Powerpack endpoints allow you to:

    - Get a Powerpack
    - Create a Powerpack
    - Delete a Powerpack
    - Get a list of all Powerpacks

    The Patch and Delete API methods can only be performed on a Powerpack by a user who has the powerpack create permission for that specific Powerpack.

    Read [Scale Graphing Expertise with Powerpacks](https://docs.datadoghq.com/dashboards/guide/powerpacks-best-practices/) for more information.
    """

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_powerpack(
        self,
        body: Powerpack | dict[str, Any],
    ) -> CreatePowerpackResponse:
        """Create a new powerpack

        Create a powerpack. This endpoint requires the `dashboards_write` permission.

        OAuth apps require the `dashboards_write` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#powerpack) to access this endpoint.
        """
        return self.api_client.call(
            _CREATE_POWERPACK,
            {
                "body": body,
            },
        )

    def delete_powerpack(
        self,
        powerpack_id: str,
    ) -> None:
        """Delete a powerpack

        Delete a powerpack. This endpoint requires the `dashboards_write` permission.

        OAuth apps require the `dashboards_write` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#powerpack) to access this endpoint.
        """
        return self.api_client.call(
            _DELETE_POWERPACK,
            {
                "powerpack_id": powerpack_id,
            },
        )

    def get_powerpack(
        self,
        powerpack_id: str,
    ) -> CreatePowerpackResponse:
        """Get a Powerpack

        Get a powerpack. This endpoint requires the `dashboards_read` permission.

        OAuth apps require the `dashboards_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#powerpack) to access this endpoint.
        """
        return self.api_client.call(
            _GET_POWERPACK,
            {
                "powerpack_id": powerpack_id,
            },
        )

    def list_powerpacks(
        self,
        *,
        page_limit: int | None = None,
        page_offset: int | None = None,
    ) -> ListPowerpacksResponse:
        """Get all powerpacks

        Get a list of all powerpacks. This endpoint requires the `dashboards_read` permission.

        OAuth apps require the `dashboards_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#powerpack) to access this endpoint.
        """
        return self.api_client.call(
            _LIST_POWERPACKS,
            {
                "page_limit": page_limit,
                "page_offset": page_offset,
            },
        )

    def update_powerpack(
        self,
        powerpack_id: str,
        body: Powerpack | dict[str, Any],
    ) -> CreatePowerpackResponse:
        """Update a powerpack

        Update a powerpack. This endpoint requires the `dashboards_write` permission.

        OAuth apps require the `dashboards_write` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#powerpack) to access this endpoint.
        """
        return self.api_client.call(
            _UPDATE_POWERPACK,
            {
                "powerpack_id": powerpack_id,
                "body": body,
            },
        )
