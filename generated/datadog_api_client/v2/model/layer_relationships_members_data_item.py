from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import layer_relationships_members_data_item_type

_REFERENCES = {"layer_relationships_members_data_item_type": "layer_relationships_members_data_item_type"}


class LayerRelationshipsMembersDataItem(OpenApiModel):
    id: Annotated[str, Field(description="The unique user ID of the layer member.")]
    type: layer_relationships_members_data_item_type.LayerRelationshipsMembersDataItemType
