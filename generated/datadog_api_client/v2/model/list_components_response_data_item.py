from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_component_request_data_relationships_group_data_type,
    list_components_response_data_item_attributes,
    list_components_response_data_item_relationships,
)


class ListComponentsResponseDataItem(OpenApiModel):
    attributes: list_components_response_data_item_attributes.ListComponentsResponseDataItemAttributes | None = None
    id: Annotated[UUID | None, Field(description="The ID of the component.")] = None
    relationships: (
        list_components_response_data_item_relationships.ListComponentsResponseDataItemRelationships | None
    ) = None
    type: (
        create_component_request_data_relationships_group_data_type.CreateComponentRequestDataRelationshipsGroupDataType
    )
