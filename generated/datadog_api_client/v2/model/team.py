from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import data_relationships_teams_data_items_type, team_attributes

_REFERENCES = {
    "data_relationships_teams_data_items_type": "data_relationships_teams_data_items_type",
    "team_attributes": "team_attributes",
}


class Team(OpenApiModel):
    attributes: team_attributes.TeamAttributes | None = None
    id: Annotated[str | None, Field(description="The team's unique identifier.")] = None
    type: data_relationships_teams_data_items_type.DataRelationshipsTeamsDataItemsType
