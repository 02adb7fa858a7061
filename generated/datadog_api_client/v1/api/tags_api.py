"""The tag endpoint allows you to assign tags to hosts, for example: `role:database`. Those tags are applied to all metrics sent by the host. Refer to hosts by name (`yourhost.example.com`) when fetching and applying tags to a particular host.

The component of your infrastructure responsible for a tag is identified by a source. For example, some valid sources include nagios, hudson, jenkins, users, feed, chef, puppet, git, bitbucket, fabric, capistrano, etc. Find a complete list of source type names under [API Source Attributes](https://docs.datadoghq.com/integrations/faq/list-of-api-source-attribute-value).

Read more about tags on [Getting Started with Tags](https://docs.datadoghq.com/getting_started/tagging/)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from datadog_api_client.endpoint import Endpoint, Pagination, default_client

if TYPE_CHECKING:
    from datadog_api_client.api_client import ApiClient, AsyncApiClient
    from datadog_api_client.v1.model.host_tags import HostTags
    from datadog_api_client.v1.model.list_host_tags_response import ListHostTagsResponse

_CREATE_HOST_TAGS = Endpoint(
    name="create_host_tags",
    version="v1",
    method="POST",
    path="/api/v1/tags/hosts/{host_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"host_name": "host_name"},
    query_params={"source": "source"},
    body_param="body",
    body_type="v1.model.host_tags:HostTags",
    responses={
        201: "v1.model.host_tags:HostTags",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_DELETE_HOST_TAGS = Endpoint(
    name="delete_host_tags",
    version="v1",
    method="DELETE",
    path="/api/v1/tags/hosts/{host_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"host_name": "host_name"},
    query_params={"source": "source"},
    responses={
        204: None,
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_GET_HOST_TAGS = Endpoint(
    name="get_host_tags",
    version="v1",
    method="GET",
    path="/api/v1/tags/hosts/{host_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"host_name": "host_name"},
    query_params={"source": "source"},
    responses={
        200: "v1.model.host_tags:HostTags",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_LIST_HOST_TAGS = Endpoint(
    name="list_host_tags",
    version="v1",
    method="GET",
    path="/api/v1/tags/hosts",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    query_params={"source": "source"},
    responses={
        200: "v1.model.list_host_tags_response:ListHostTagsResponse",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)

_UPDATE_HOST_TAGS = Endpoint(
    name="update_host_tags",
    version="v1",
    method="PUT",
    path="/api/v1/tags/hosts/{host_name}",
    servers={
        "ap1.datadoghq.com": "https://api.ap1.datadoghq.com",
        "ap2.datadoghq.com": "https://api.ap2.datadoghq.com",
        "datadoghq.com": "https://api.datadoghq.com",
        "datadoghq.eu": "https://api.datadoghq.eu",
        "ddog-gov.com": "https://api.ddog-gov.com",
        "us3.datadoghq.com": "https://api.us3.datadoghq.com",
        "us5.datadoghq.com": "https://api.us5.datadoghq.com",
    },
    path_params={"host_name": "host_name"},
    query_params={"source": "source"},
    body_param="body",
    body_type="v1.model.host_tags:HostTags",
    responses={
        201: "v1.model.host_tags:HostTags",
        403: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        404: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
        429: "v1.model.error_response_object_response:ErrorResponseObjectResponse",
    },
)


class TagsApi:
    """The tag endpoint allows you to assign tags to hosts, for example: `role:database`. Those tags are applied to all metrics sent by the host. Refer to hosts by name (`yourhost.example.com`) when fetching and applying tags to a particular host.

    The component of your infrastructure responsible for a tag is identified by a source. For example, some valid sources include nagios, hudson, jenkins, users, feed, chef, puppet, git, bitbucket, fabric, capistrano, etc. Find a complete list of source type names under [API Source Attributes](https://docs.datadoghq.com/integrations/faq/list-of-api-source-attribute-value).

    Read more about tags on [Getting Started with Tags](https://docs.datadoghq.com/getting_started/tagging/)."""

    def __init__(self, api_client: ApiClient | AsyncApiClient | None = None) -> None:
        # Any: with an AsyncApiClient every method returns an awaitable of what it is annotated to return
        self.api_client: Any = api_client if api_client is not None else default_client()

    def create_host_tags(
        self,
        host_name: str,
        body: HostTags | dict[str, Any],
        *,
        source: str | None = None,
    ) -> HostTags:
        """Add tags to a host

        This endpoint allows you to add new tags to a host, optionally specifying what source these tags come from. If tags already exist, appends new tags to the tag list. If no source is specified, defaults to "user".
        """
        return self.api_client.call(
            _CREATE_HOST_TAGS,
            {
                "host_name": host_name,
                "body": body,
                "source": source,
            },
        )

    def delete_host_tags(
        self,
        host_name: str,
        *,
        source: str | None = None,
    ) -> None:
        """Remove host tags

        This endpoint allows you to remove all tags for a single host. If no source is specified, only deletes from the source "User".
        """
        return self.api_client.call(
            _DELETE_HOST_TAGS,
            {
                "host_name": host_name,
                "source": source,
            },
        )

    def get_host_tags(
        self,
        host_name: str,
        *,
        source: str | None = None,
    ) -> HostTags:
        """Get Host Tags

        Return the list of tags that apply to a given host."""
        return self.api_client.call(
            _GET_HOST_TAGS,
            {
                "host_name": host_name,
                "source": source,
            },
        )

    def list_host_tags(
        self,
        *,
        source: str | None = None,
    ) -> ListHostTagsResponse:
        """Get All Host Tags

        Returns a mapping of tags to hosts. For each tag, the response returns a list of host names that contain this tag. There is a restriction of 10k total host names from the org that can be attached to tags and returned.
        """
        return self.api_client.call(
            _LIST_HOST_TAGS,
            {
                "source": source,
            },
        )

    def update_host_tags(
        self,
        host_name: str,
        body: HostTags | dict[str, Any],
        *,
        source: str | None = None,
    ) -> HostTags:
        """Update host tags

        This endpoint allows you to update/replace all tags in an integration source with those supplied in the request.
        """
        return self.api_client.call(
            _UPDATE_HOST_TAGS,
            {
                "host_name": host_name,
                "body": body,
                "source": source,
            },
        )
