from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from . import (
    create_status_page_request_data_type,
    list_status_pages_response_data_item_attributes,
    list_status_pages_response_data_item_relationships,
)


class ListStatusPagesResponseDataItem(OpenApiModel):
    attributes: list_status_pages_response_data_item_attributes.ListStatusPagesResponseDataItemAttributes | None = None
    id: Annotated[UUID | None, Field(description="The ID of the status page.")] = None
    relationships: (
        list_status_pages_response_data_item_relationships.ListStatusPagesResponseDataItemRelationships | None
    ) = None
    type: create_status_page_request_data_type.CreateStatusPageRequestDataType
