from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import team_routing_rules_request_rule

_REFERENCES = {"team_routing_rules_request_rule": "team_routing_rules_request_rule"}


class TeamRoutingRulesRequestDataAttributes(OpenApiModel):
    rules: Annotated[
        list[team_routing_rules_request_rule.TeamRoutingRulesRequestRule] | None,
        Field(description="A list of routing rule items that define how incoming pages should be handled."),
    ] = None
