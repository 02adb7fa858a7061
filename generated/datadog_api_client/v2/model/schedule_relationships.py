from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import data_relationships_teams, schedule_relationships_layers

_REFERENCES = {
    "data_relationships_teams": "data_relationships_teams",
    "schedule_relationships_layers": "schedule_relationships_layers",
}


class ScheduleRelationships(OpenApiModel):
    layers: schedule_relationships_layers.ScheduleRelationshipsLayers | None = None
    teams: data_relationships_teams.DataRelationshipsTeams | None = None
