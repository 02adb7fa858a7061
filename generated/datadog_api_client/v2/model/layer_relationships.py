from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import layer_relationships_members

_REFERENCES = {"layer_relationships_members": "layer_relationships_members"}


class LayerRelationships(OpenApiModel):
    members: layer_relationships_members.LayerRelationshipsMembers | None = None
