from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_hosts_response_host_list_item_meta_install_method

_REFERENCES = {
    "list_hosts_response_host_list_item_meta_install_method": "list_hosts_response_host_list_item_meta_install_method"
}


class ListHostsResponseHostListItemMeta(OpenApiModel):
    agent_checks: Annotated[
        list[list[Any]] | None, Field(description="A list of Agent checks running on the host.")
    ] = None
    agent_version: Annotated[str | None, Field(description="The Datadog Agent version.")] = None
    cpuCores: Annotated[int | None, Field(description="The number of cores.")] = None
    fbsdV: Annotated[list[Any] | None, Field(description="An array of Mac versions.")] = None
    gohai: Annotated[str | None, Field(description="JSON string containing system information.")] = None
    install_method: (
        list_hosts_response_host_list_item_meta_install_method.ListHostsResponseHostListItemMetaInstallMethod | None
    ) = None
    macV: Annotated[list[Any] | None, Field(description="An array of Mac versions.")] = None
    machine: Annotated[str | None, Field(description="The machine architecture.")] = None
    nixV: Annotated[list[Any] | None, Field(description="Array of Unix versions.")] = None
    platform: Annotated[str | None, Field(description="The OS platform.")] = None
    processor: Annotated[str | None, Field(description="The processor.")] = None
    pythonV: Annotated[str | None, Field(description="The Python version.")] = None
    socket_fqdn: Annotated[str | None, Field(alias="socket-fqdn", description="The socket fqdn.")] = None
    socket_hostname: Annotated[str | None, Field(alias="socket-hostname", description="The socket hostname.")] = None
    winV: Annotated[list[Any] | None, Field(description="An array of Windows versions.")] = None
