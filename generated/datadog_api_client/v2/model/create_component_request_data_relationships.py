from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_component_request_data_relationships_group

_REFERENCES = {"create_component_request_data_relationships_group": "create_component_request_data_relationships_group"}


class CreateComponentRequestDataRelationships(OpenApiModel):
    group: create_component_request_data_relationships_group.CreateComponentRequestDataRelationshipsGroup | None = None
