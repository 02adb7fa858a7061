"""Create, edit, and manage your organizations. Read more about [multi-org accounts](https://docs.datadoghq.com/account_management/multi_organization)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v1.model.create_child_org_response import CreateChildOrgResponse
    from datadog_api_client.v1.model.downgrade_org_response import DowngradeOrgResponse
    from datadog_api_client.v1.model.get_org_response import GetOrgResponse
    from datadog_api_client.v1.model.list_orgs_response import ListOrgsResponse
    from datadog_api_client.v1.model.organization import Organization
    from datadog_api_client.v1.model.organization_create_body import OrganizationCreateBody
    from datadog_api_client.v1.model.upload_id_p_for_org_response import UploadIdPForOrgResponse

_CREATE_CHILD_ORG = Endpoint(
    name="create_child_org",
    version="v1",
    method="POST",
    path="/api/v1/org",
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
    body_type="v1.model.organization_create_body:OrganizationCreateBody",
    responses={
        200: "v1.model.create_child_org_response:CreateChildOrgResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_DOWNGRADE_ORG = Endpoint(
    name="downgrade_org",
    version="v1",
    method="POST",
    path="/api/v1/org/{public_id}/downgrade",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"public_id": "public_id"},
    responses={
        200: "v1.model.downgrade_org_response:DowngradeOrgResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_GET_ORG = Endpoint(
    name="get_org",
    version="v1",
    method="GET",
    path="/api/v1/org/{public_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"public_id": "public_id"},
    responses={
        200: "v1.model.get_org_response:GetOrgResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_LIST_ORGS = Endpoint(
    name="list_orgs",
    version="v1",
    method="GET",
    path="/api/v1/org",
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
        200: "v1.model.list_orgs_response:ListOrgsResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_UPDATE_ORG = Endpoint(
    name="update_org",
    version="v1",
    method="PUT",
    path="/api/v1/org/{public_id}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"public_id": "public_id"},
    body_param="body",
    body_type="v1.model.organization:Organization",
    responses={
        200: "v1.model.get_org_response:GetOrgResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_UPLOAD_IDP_FOR_ORG = Endpoint(
    name="upload_idp_for_org",
    version="v1",
    method="POST",
    path="/api/v1/org/{public_id}/idp_metadata",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"public_id": "public_id"},
    form_params={"idp_file": "idp_file"},
    media_type="multipart/form-data",
    responses={
        200: "v1.model.upload_id_p_for_org_response:UploadIdPForOrgResponse",
        400: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        415: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)


class OrganizationsApi:
    """Create, edit, and manage your organizations. Read more about [multi-org accounts](https://docs.datadoghq.com/account_management/multi_organization)."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_child_org(
        self,
        body: OrganizationCreateBody | dict[str, Any],
    ) -> CreateChildOrgResponse:
        """Create a child organization

        Create a child organization.

        This endpoint requires the [multi-organization account](https://docs.datadoghq.com/account_management/multi_organization/) feature and must be enabled by [contacting support](https://docs.datadoghq.com/help/).

        Once a new child organization is created, you can interact with it by using the `org.public_id`, `api_key.key`, and `application_key.hash` provided in the response.
        This endpoint requires the `org_management` permission."""
        return self.api_client.call(
            _CREATE_CHILD_ORG,
            {
                "body": body,
            },
        )

    def downgrade_org(
        self,
        public_id: str,
    ) -> DowngradeOrgResponse:
        """Spin-off Child Organization

        Only available for MSP customers. Removes a child organization from the hierarchy of the master organization and places the child organization on a 30-day trial.
        """
        return self.api_client.call(
            _DOWNGRADE_ORG,
            {
                "public_id": public_id,
            },
        )

    def get_org(
        self,
        public_id: str,
    ) -> GetOrgResponse:
        """Get organization information

        Get organization information."""
        return self.api_client.call(
            _GET_ORG,
            {
                "public_id": public_id,
            },
        )

    def list_orgs(
        self,
    ) -> ListOrgsResponse:
        """List your managed organizations

        This endpoint returns data on your top-level organization. This endpoint requires the `org_management` permission.
        """
        return self.api_client.call(
            _LIST_ORGS,
            {},
        )

    def update_org(
        self,
        public_id: str,
        body: Organization | dict[str, Any],
    ) -> GetOrgResponse:
        """Update your organization

        Update your organization."""
        return self.api_client.call(
            _UPDATE_ORG,
            {
                "public_id": public_id,
                "body": body,
            },
        )

    def upload_idp_for_org(
        self,
        public_id: str,
        idp_file: Any,
    ) -> UploadIdPForOrgResponse:
        """Upload IdP metadata

        There are a couple of options for updating the Identity Provider (IdP) metadata from your SAML IdP.

        - **Multipart Form-Data**: Post the IdP metadata file using a form post.

        - **XML Body:** Post the IdP metadata file as the body of the request."""
        return self.api_client.call(
            _UPLOAD_IDP_FOR_ORG,
            {
                "public_id": public_id,
                "idp_file": idp_file,
            },
        )
