from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import layer_attributes, layer_relationships, schedule_relationships_layers_data_item_type

_REFERENCES = {
    "layer_attributes": "layer_attributes",
    "layer_relationships": "layer_relationships",
    "schedule_relationships_layers_data_item_type": "schedule_relationships_layers_data_item_type",
}


class Layer(OpenApiModel):
    attributes: layer_attributes.LayerAttributes | None = None
    id: Annotated[str | None, Field(description="A unique identifier for this layer.")] = None
    relationships: layer_relationships.LayerRelationships | None = None
    type: schedule_relationships_layers_data_item_type.ScheduleRelationshipsLayersDataItemType
