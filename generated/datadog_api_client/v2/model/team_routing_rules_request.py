from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import team_routing_rules_request_data


class TeamRoutingRulesRequest(OpenApiModel):
    data: team_routing_rules_request_data.TeamRoutingRulesRequestData | None = None
