from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_degradation_request_data_type,
    list_degradations_response_data_item_attributes,
    list_degradations_response_data_item_relationships,
)


class ListDegradationsResponseDataItem(OpenApiModel):
    attributes: list_degradations_response_data_item_attributes.ListDegradationsResponseDataItemAttributes | None = None
    id: Annotated[UUID | None, Field(description="The ID of the degradation.")] = None
    relationships: (
        list_degradations_response_data_item_relationships.ListDegradationsResponseDataItemRelationships | None
    ) = None
    type: create_degradation_request_data_type.CreateDegradationRequestDataType
