from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_status_page_request_data_type,
    list_degradations_response_included_item_option2_attributes,
    list_status_pages_response_data_item_relationships,
)


class ListDegradationsResponseIncludedItemOption2(OpenApiModel):
    attributes: (
        list_degradations_response_included_item_option2_attributes.ListDegradationsResponseIncludedItemOption2Attributes
        | None
    ) = None
    id: Annotated[UUID | None, Field(description="The ID of the status page.")] = None
    relationships: (
        list_status_pages_response_data_item_relationships.ListStatusPagesResponseDataItemRelationships | None
    ) = None
    type: create_status_page_request_data_type.CreateStatusPageRequestDataType
