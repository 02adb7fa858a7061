from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_hosts_response_host_list_item_meta, list_hosts_response_host_list_item_metrics

_REFERENCES = {
    "list_hosts_response_host_list_item_meta": "list_hosts_response_host_list_item_meta",
    "list_hosts_response_host_list_item_metrics": "list_hosts_response_host_list_item_metrics",
}


class ListHostsResponseHostListItem(OpenApiModel):
    aliases: Annotated[list[str] | None, Field(description="Host aliases collected by Datadog.")] = None
    apps: Annotated[list[str] | None, Field(description="The Datadog integrations reporting metrics for the host.")] = (
        None
    )
    aws_name: Annotated[str | None, Field(description="AWS name of your host.")] = None
    host_name: Annotated[str | None, Field(description="The host name.")] = None
    id: Annotated[int | None, Field(description="The host ID.")] = None
    is_muted: Annotated[bool | None, Field(description="If a host is muted or unmuted.")] = None
    last_reported_time: Annotated[int | None, Field(description="Last time the host reported a metric data point.")] = (
        None
    )
    meta: list_hosts_response_host_list_item_meta.ListHostsResponseHostListItemMeta | None = None
    metrics: list_hosts_response_host_list_item_metrics.ListHostsResponseHostListItemMetrics | None = None
    mute_timeout: Annotated[int | None, Field(description="Timeout of the mute applied to your host.")] = None
    name: Annotated[str | None, Field(description="The host name.")] = None
    sources: Annotated[list[str] | None, Field(description="Source or cloud provider associated with your host.")] = (
        None
    )
    tags_by_source: Annotated[
        dict[str, list[str]] | None, Field(description="List of tags for each source (AWS, Datadog Agent, Chef..).")
    ] = None
    up: Annotated[
        bool | None,
        Field(
            description="Displays UP when the expected metrics are received and displays `???` if no metrics are received."
        ),
    ] = None
