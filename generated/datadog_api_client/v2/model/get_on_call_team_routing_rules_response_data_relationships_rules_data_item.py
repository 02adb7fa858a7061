from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import team_routing_rules_request_data_type

_REFERENCES = {"team_routing_rules_request_data_type": "team_routing_rules_request_data_type"}


class GetOnCallTeamRoutingRulesResponseDataRelationshipsRulesDataItem(OpenApiModel):
    id: Annotated[str, Field(description="Specifies the unique identifier for the related routing rule.")]
    type: team_routing_rules_request_data_type.TeamRoutingRulesRequestDataType
