from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_component_request_data_relationships_group_data_type,
    list_components_response_included_item_option3_attributes,
    list_components_response_included_item_option3_relationships,
)


class ListComponentsResponseIncludedItemOption3(OpenApiModel):
    attributes: (
        list_components_response_included_item_option3_attributes.ListComponentsResponseIncludedItemOption3Attributes
        | None
    ) = None
    id: Annotated[UUID | None, Field(description="The ID of the component.")] = None
    relationships: (
        list_components_response_included_item_option3_relationships.ListComponentsResponseIncludedItemOption3Relationships
        | None
    ) = None
    type: (
        create_component_request_data_relationships_group_data_type.CreateComponentRequestDataRelationshipsGroupDataType
    )
