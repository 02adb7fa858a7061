from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import get_ip_ranges_response_agents, get_ip_ranges_response_synthetics

_REFERENCES = {
    "get_ip_ranges_response_agents": "get_ip_ranges_response_agents",
    "get_ip_ranges_response_synthetics": "get_ip_ranges_response_synthetics",
}


class GetIPRangesResponse(OpenApiModel):
    agents: get_ip_ranges_response_agents.GetIPRangesResponseAgents | None = None
    api: get_ip_ranges_response_agents.GetIPRangesResponseAgents | None = None
    apm: get_ip_ranges_response_agents.GetIPRangesResponseAgents | None = None
    global_: Annotated[get_ip_ranges_response_agents.GetIPRangesResponseAgents | None, Field(alias="global")] = None
    logs: get_ip_ranges_response_agents.GetIPRangesResponseAgents | None = None
    modified: Annotated[str | None, Field(description="Date when last updated, in the form `YYYY-MM-DD-hh-mm-ss`.")] = (
        None
    )
    orchestrator: get_ip_ranges_response_agents.GetIPRangesResponseAgents | None = None
    process: get_ip_ranges_response_agents.GetIPRangesResponseAgents | None = None
    remote_configuration: Annotated[
        get_ip_ranges_response_agents.GetIPRangesResponseAgents | None, Field(alias="remote-configuration")
    ] = None
    synthetics: get_ip_ranges_response_synthetics.GetIPRangesResponseSynthetics | None = None
    synthetics_private_locations: Annotated[
        get_ip_ranges_response_agents.GetIPRangesResponseAgents | None, Field(alias="synthetics-private-locations")
    ] = None
    version: Annotated[int | None, Field(description="Version of the IP list.")] = None
    webhooks: get_ip_ranges_response_agents.GetIPRangesResponseAgents | None = None
