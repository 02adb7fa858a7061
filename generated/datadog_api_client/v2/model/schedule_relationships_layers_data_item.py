from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import schedule_relationships_layers_data_item_type

_REFERENCES = {"schedule_relationships_layers_data_item_type": "schedule_relationships_layers_data_item_type"}


class ScheduleRelationshipsLayersDataItem(OpenApiModel):
    id: Annotated[str, Field(description="The unique identifier of the layer in this relationship.")]
    type: schedule_relationships_layers_data_item_type.ScheduleRelationshipsLayersDataItemType
