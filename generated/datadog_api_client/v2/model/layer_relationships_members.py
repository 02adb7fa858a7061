from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import layer_relationships_members_data_item

_REFERENCES = {"layer_relationships_members_data_item": "layer_relationships_members_data_item"}


class LayerRelationshipsMembers(OpenApiModel):
    data: Annotated[
        list[layer_relationships_members_data_item.LayerRelationshipsMembersDataItem] | None,
        Field(description="The list of members who belong to this layer."),
    ] = None
