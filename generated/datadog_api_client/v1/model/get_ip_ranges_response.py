from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        get_ip_ranges_response_agents,
        get_ip_ranges_response_api,
        get_ip_ranges_response_apm,
        get_ip_ranges_response_global,
        get_ip_ranges_response_logs,
        get_ip_ranges_response_orchestrator,
        get_ip_ranges_response_process,
        get_ip_ranges_response_remote_configuration,
        get_ip_ranges_response_synthetics,
        get_ip_ranges_response_synthetics_private_locations,
        get_ip_ranges_response_webhooks,
    )

_REFERENCES = {
    "get_ip_ranges_response_agents": "get_ip_ranges_response_agents",
    "get_ip_ranges_response_api": "get_ip_ranges_response_api",
    "get_ip_ranges_response_apm": "get_ip_ranges_response_apm",
    "get_ip_ranges_response_global": "get_ip_ranges_response_global",
    "get_ip_ranges_response_logs": "get_ip_ranges_response_logs",
    "get_ip_ranges_response_orchestrator": "get_ip_ranges_response_orchestrator",
    "get_ip_ranges_response_process": "get_ip_ranges_response_process",
    "get_ip_ranges_response_remote_configuration": "get_ip_ranges_response_remote_configuration",
    "get_ip_ranges_response_synthetics": "get_ip_ranges_response_synthetics",
    "get_ip_ranges_response_synthetics_private_locations": "get_ip_ranges_response_synthetics_private_locations",
    "get_ip_ranges_response_webhooks": "get_ip_ranges_response_webhooks",
}


class GetIPRangesResponse(OpenApiModel):
    agents: get_ip_ranges_response_agents.GetIPRangesResponseAgents | None = None
    api: get_ip_ranges_response_api.GetIPRangesResponseApi | None = None
    apm: get_ip_ranges_response_apm.GetIPRangesResponseApm | None = None
    global_: Annotated[get_ip_ranges_response_global.GetIPRangesResponseGlobal | None, Field(alias="global")] = None
    logs: get_ip_ranges_response_logs.GetIPRangesResponseLogs | None = None
    modified: Annotated[str | None, Field(description="Date when last updated, in the form `YYYY-MM-DD-hh-mm-ss`.")] = (
        None
    )
    orchestrator: get_ip_ranges_response_orchestrator.GetIPRangesResponseOrchestrator | None = None
    process: get_ip_ranges_response_process.GetIPRangesResponseProcess | None = None
    remote_configuration: Annotated[
        get_ip_ranges_response_remote_configuration.GetIPRangesResponseRemoteConfiguration | None,
        Field(alias="remote-configuration"),
    ] = None
    synthetics: get_ip_ranges_response_synthetics.GetIPRangesResponseSynthetics | None = None
    synthetics_private_locations: Annotated[
        get_ip_ranges_response_synthetics_private_locations.GetIPRangesResponseSyntheticsPrivateLocations | None,
        Field(alias="synthetics-private-locations"),
    ] = None
    version: Annotated[int | None, Field(description="Version of the IP list.")] = None
    webhooks: get_ip_ranges_response_webhooks.GetIPRangesResponseWebhooks | None = None
