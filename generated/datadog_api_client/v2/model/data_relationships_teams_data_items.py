from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import data_relationships_teams_data_items_type

_REFERENCES = {"data_relationships_teams_data_items_type": "data_relationships_teams_data_items_type"}


class DataRelationshipsTeamsDataItems(OpenApiModel):
    id: Annotated[str, Field(description="The unique identifier of the team in this relationship.")]
    type: data_relationships_teams_data_items_type.DataRelationshipsTeamsDataItemsType
