from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        components_response_included_item_option3_attributes,
        components_response_included_item_option3_relationships,
        create_component_request_data_relationships_group_data_type,
    )

_REFERENCES = {
    "components_response_included_item_option3_attributes": "components_response_included_item_option3_attributes",
    "components_response_included_item_option3_relationships": "components_response_included_item_option3_relationships",
    "create_component_request_data_relationships_group_data_type": "create_component_request_data_relationships_group_data_type",
}


class ComponentsResponseIncludedItemOption3(OpenApiModel):
    attributes: (
        components_response_included_item_option3_attributes.ComponentsResponseIncludedItemOption3Attributes | None
    ) = None
    id: Annotated[UUID | None, Field(description="The ID of the component.")] = None
    relationships: (
        components_response_included_item_option3_relationships.ComponentsResponseIncludedItemOption3Relationships
        | None
    ) = None
    type: (
        create_component_request_data_relationships_group_data_type.CreateComponentRequestDataRelationshipsGroupDataType
    )
