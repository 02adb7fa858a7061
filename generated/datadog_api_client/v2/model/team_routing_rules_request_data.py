from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import team_routing_rules_request_data_attributes, team_routing_rules_request_data_type

_REFERENCES = {
    "team_routing_rules_request_data_attributes": "team_routing_rules_request_data_attributes",
    "team_routing_rules_request_data_type": "team_routing_rules_request_data_type",
}


class TeamRoutingRulesRequestData(OpenApiModel):
    attributes: team_routing_rules_request_data_attributes.TeamRoutingRulesRequestDataAttributes | None = None
    id: Annotated[
        str | None, Field(description="Specifies the unique identifier for this set of team routing rules.")
    ] = None
    type: team_routing_rules_request_data_type.TeamRoutingRulesRequestDataType
