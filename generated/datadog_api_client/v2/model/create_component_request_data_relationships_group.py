from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_component_request_data_relationships_group_data

_REFERENCES = {
    "create_component_request_data_relationships_group_data": "create_component_request_data_relationships_group_data"
}


class CreateComponentRequestDataRelationshipsGroup(OpenApiModel):
    data: create_component_request_data_relationships_group_data.CreateComponentRequestDataRelationshipsGroupData
