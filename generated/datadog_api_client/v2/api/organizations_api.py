"""Create, edit, and manage your organizations. Read more about [multi-org accounts](https://docs.datadoghq.com/account_management/multi_organization)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.org_config_response import OrgConfigResponse
    from datadog_api_client.v2.model.org_config_write_request import OrgConfigWriteRequest
    from datadog_api_client.v2.model.org_configs_response import OrgConfigsResponse

_GET_ORG_CONFIG = Endpoint(
    name="get_org_config",
    version="v2",
    method="GET",
    path="/api/v2/org_configs/{org_config_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"org_config_name": "org_config_name"},
    responses={
        200: "v2.model.org_config_response:OrgConfigResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_LIST_ORG_CONFIGS = Endpoint(
    name="list_org_configs",
    version="v2",
    method="GET",
    path="/api/v2/org_configs",
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
        200: "v2.model.org_configs_response:OrgConfigsResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPDATE_ORG_CONFIG = Endpoint(
    name="update_org_config",
    version="v2",
    method="PATCH",
    path="/api/v2/org_configs/{org_config_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"org_config_name": "org_config_name"},
    body_param="body",
    body_type="v2.model.org_config_write_request:OrgConfigWriteRequest",
    responses={
        200: "v2.model.org_config_response:OrgConfigResponse",
        400: "v2.model.api_error_response2:APIErrorResponse2",
        401: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        404: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)

_UPLOAD_IDP_METADATA = Endpoint(
    name="upload_idp_metadata",
    version="v2",
    method="POST",
    path="/api/v2/saml_configurations/idp_metadata",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    form_params={"idp_file": "idp_file"},
    media_type="multipart/form-data",
    responses={
        200: None,
        400: "v2.model.api_error_response2:APIErrorResponse2",
        403: "v2.model.api_error_response2:APIErrorResponse2",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
)


class OrganizationsApi:
    """Create, edit, and manage your organizations. Read more about [multi-org accounts](https://docs.datadoghq.com/account_management/multi_organization)."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def get_org_config(
        self,
        org_config_name: str,
    ) -> OrgConfigResponse:
        """Get a specific Org Config value

        Return the name, description, and value of a specific Org Config."""
        return self.api_client.call(
            _GET_ORG_CONFIG,
            {
                "org_config_name": org_config_name,
            },
        )

    def list_org_configs(
        self,
    ) -> OrgConfigsResponse:
        """List Org Configs

        Returns all Org Configs (name, description, and value)."""
        return self.api_client.call(
            _LIST_ORG_CONFIGS,
            {},
        )

    def update_org_config(
        self,
        org_config_name: str,
        body: OrgConfigWriteRequest | dict[str, Any],
    ) -> OrgConfigResponse:
        """Update a specific Org Config

        Update the value of a specific Org Config. This endpoint requires the `org_management` permission."""
        return self.api_client.call(
            _UPDATE_ORG_CONFIG,
            {
                "org_config_name": org_config_name,
                "body": body,
            },
        )

    def upload_idp_metadata(
        self,
        *,
        idp_file: Any | None = None,
    ) -> None:
        """Upload IdP metadata

        Endpoint for uploading IdP metadata for SAML setup.

        Use this endpoint to upload or replace IdP metadata for SAML login configuration.
        This endpoint requires the `org_management` permission."""
        return self.api_client.call(
            _UPLOAD_IDP_METADATA,
            {
                "idp_file": idp_file,
            },
        )
