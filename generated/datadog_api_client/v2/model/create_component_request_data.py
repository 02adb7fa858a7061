from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_component_request_data_attributes,
        create_component_request_data_relationships,
        create_component_request_data_relationships_group_data_type,
    )

_REFERENCES = {
    "create_component_request_data_attributes": "create_component_request_data_attributes",
    "create_component_request_data_relationships": "create_component_request_data_relationships",
    "create_component_request_data_relationships_group_data_type": "create_component_request_data_relationships_group_data_type",
}


class CreateComponentRequestData(OpenApiModel):
    attributes: create_component_request_data_attributes.CreateComponentRequestDataAttributes
    relationships: create_component_request_data_relationships.CreateComponentRequestDataRelationships | None = None
    type: (
        create_component_request_data_relationships_group_data_type.CreateComponentRequestDataRelationshipsGroupDataType
    )
