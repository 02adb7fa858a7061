from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import team_routing_rules_request_data

_REFERENCES = {"team_routing_rules_request_data": "team_routing_rules_request_data"}


class TeamRoutingRulesRequest(OpenApiModel):
    data: team_routing_rules_request_data.TeamRoutingRulesRequestData | None = None
