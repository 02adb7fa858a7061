from __future__ import annotations
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        component_attributes,
        component_relationships,
        create_component_request_data_relationships_group_data_type,
    )

_REFERENCES = {
    "component_attributes": "component_attributes",
    "component_relationships": "component_relationships",
    "create_component_request_data_relationships_group_data_type": "create_component_request_data_relationships_group_data_type",
}


class Component(OpenApiModel):
    attributes: component_attributes.ComponentAttributes | None = None
    id: Annotated[UUID | None, Field(description="The ID of the component.")] = None
    relationships: component_relationships.ComponentRelationships | None = None
    type: (
        create_component_request_data_relationships_group_data_type.CreateComponentRequestDataRelationshipsGroupDataType
    )
