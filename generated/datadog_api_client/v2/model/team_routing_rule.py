from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import team_routing_rule_attributes, team_routing_rule_relationships, team_routing_rules_request_data_type

_REFERENCES = {
    "team_routing_rule_attributes": "team_routing_rule_attributes",
    "team_routing_rule_relationships": "team_routing_rule_relationships",
    "team_routing_rules_request_data_type": "team_routing_rules_request_data_type",
}


class TeamRoutingRule(OpenApiModel):
    attributes: team_routing_rule_attributes.TeamRoutingRuleAttributes | None = None
    id: Annotated[str | None, Field(description="Specifies the unique identifier of this routing rule.")] = None
    relationships: team_routing_rule_relationships.TeamRoutingRuleRelationships | None = None
    type: team_routing_rules_request_data_type.TeamRoutingRulesRequestDataType
