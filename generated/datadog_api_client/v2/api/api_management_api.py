"""Configure your API endpoints through the Datadog API."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v2.model.get_open_api_response import GetOpenAPIResponse
    from datadog_api_client.v2.model.list_ap_is_response import ListAPIsResponse
    from datadog_api_client.v2.model.update_open_api_response import UpdateOpenAPIResponse

_CREATE_OPEN_API = Endpoint(
    name="create_open_api",
    version="v2",
    method="POST",
    path="/api/v2/apicatalog/openapi",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    form_params={"openapi_spec_file": "openapi_spec_file"},
    media_type="multipart/form-data",
    responses={
        201: "v2.model.update_open_api_response:UpdateOpenAPIResponse",
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response:APIErrorResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
    unstable=True,
)

_DELETE_OPEN_API = Endpoint(
    name="delete_open_api",
    version="v2",
    method="DELETE",
    path="/api/v2/apicatalog/api/{id}",
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
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response:APIErrorResponse",
        404: "v2.model.api_error_response:APIErrorResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
    unstable=True,
)

_GET_OPEN_API = Endpoint(
    name="get_open_api",
    version="v2",
    method="GET",
    path="/api/v2/apicatalog/api/{id}/openapi",
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
        200: "v2.model.get_open_api_response:GetOpenAPIResponse",
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response:APIErrorResponse",
        404: "v2.model.api_error_response:APIErrorResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
    unstable=True,
)

_LIST_APIS = Endpoint(
    name="list_apis",
    version="v2",
    method="GET",
    path="/api/v2/apicatalog/api",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    query_params={"query": "query", "page_limit": "page[limit]", "page_offset": "page[offset]"},
    responses={
        200: "v2.model.list_ap_is_response:ListAPIsResponse",
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response:APIErrorResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
    unstable=True,
)

_UPDATE_OPEN_API = Endpoint(
    name="update_open_api",
    version="v2",
    method="PUT",
    path="/api/v2/apicatalog/api/{id}/openapi",
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
    form_params={"openapi_spec_file": "openapi_spec_file"},
    media_type="multipart/form-data",
    responses={
        200: "v2.model.update_open_api_response:UpdateOpenAPIResponse",
        400: "v2.model.api_error_response:APIErrorResponse",
        403: "v2.model.api_error_response:APIErrorResponse",
        404: "v2.model.api_error_response:APIErrorResponse",
        429: "v2.model.api_error_response2:APIErrorResponse2",
    },
    unstable=True,
)


class APIManagementApi:
    """Configure your API endpoints through the Datadog API."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_open_api(
        self,
        *,
        openapi_spec_file: Any | None = None,
    ) -> UpdateOpenAPIResponse:
        """Create a new API

        Create a new API from the [OpenAPI](https://spec.openapis.org/oas/latest.html) specification given. See the [API Catalog documentation](https://docs.datadoghq.com/api_catalog/add_metadata/) for additional information about the possible metadata. It returns the created API ID. This endpoint requires the `apm_api_catalog_write` permission.

        OAuth apps require the `apm_api_catalog_write` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#api-management) to access this endpoint.

        This operation is in preview: enable it with configuration.unstable_operations["create_open_api"] = True.

        Deprecated."""
        return self.api_client.call(
            _CREATE_OPEN_API,
            {
                "openapi_spec_file": openapi_spec_file,
            },
        )

    def delete_open_api(
        self,
        id: str,
    ) -> None:
        """Delete an API

        Delete a specific API by ID. This endpoint requires the `apm_api_catalog_write` permission.

        OAuth apps require the `apm_api_catalog_write` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#api-management) to access this endpoint.

        This operation is in preview: enable it with configuration.unstable_operations["delete_open_api"] = True.

        Deprecated."""
        return self.api_client.call(
            _DELETE_OPEN_API,
            {
                "id": id,
            },
        )

    def get_open_api(
        self,
        id: str,
    ) -> GetOpenAPIResponse:
        """Get an API

        Retrieve information about a specific API in [OpenAPI](https://spec.openapis.org/oas/latest.html) format file. This endpoint requires the `apm_api_catalog_read` permission.

        OAuth apps require the `apm_api_catalog_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#api-management) to access this endpoint.

        This operation is in preview: enable it with configuration.unstable_operations["get_open_api"] = True.

        Deprecated."""
        return self.api_client.call(
            _GET_OPEN_API,
            {
                "id": id,
            },
        )

    def list_apis(
        self,
        *,
        query: str | None = None,
        page_limit: int | None = None,
        page_offset: int | None = None,
    ) -> ListAPIsResponse:
        """List APIs

        List APIs and their IDs. This endpoint requires the `apm_api_catalog_read` permission.

        OAuth apps require the `apm_api_catalog_read` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#api-management) to access this endpoint.

        This operation is in preview: enable it with configuration.unstable_operations["list_apis"] = True.

        Deprecated."""
        return self.api_client.call(
            _LIST_APIS,
            {
                "query": query,
                "page_limit": page_limit,
                "page_offset": page_offset,
            },
        )

    def update_open_api(
        self,
        id: str,
        *,
        openapi_spec_file: Any | None = None,
    ) -> UpdateOpenAPIResponse:
        """Update an API

        Update information about a specific API. The given content will replace all API content of the given ID. The ID is returned by the create API, or can be found in the URL in the API catalog UI. This endpoint requires the `apm_api_catalog_write` permission.

        OAuth apps require the `apm_api_catalog_write` authorization [scope](https://docs.datadoghq.com/api/latest/scopes/#api-management) to access this endpoint.

        This operation is in preview: enable it with configuration.unstable_operations["update_open_api"] = True.

        Deprecated."""
        return self.api_client.call(
            _UPDATE_OPEN_API,
            {
                "id": id,
                "openapi_spec_file": openapi_spec_file,
            },
        )
