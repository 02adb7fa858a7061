from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import data_relationships_teams_data_items

_REFERENCES = {"data_relationships_teams_data_items": "data_relationships_teams_data_items"}


class DataRelationshipsTeams(OpenApiModel):
    data: Annotated[
        list[data_relationships_teams_data_items.DataRelationshipsTeamsDataItems] | None,
        Field(description="An array of team references for this schedule."),
    ] = None
