from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_hosts_response_host_list_item

_REFERENCES = {"list_hosts_response_host_list_item": "list_hosts_response_host_list_item"}


class ListHostsResponse(OpenApiModel):
    host_list: Annotated[
        list[list_hosts_response_host_list_item.ListHostsResponseHostListItem] | None,
        Field(description="Array of hosts."),
    ] = None
    total_matching: Annotated[int | None, Field(description="Number of host matching the query.")] = None
    total_returned: Annotated[int | None, Field(description="Number of host returned.")] = None
