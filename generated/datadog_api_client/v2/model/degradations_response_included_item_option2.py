from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        create_status_page_request_data_type,
        degradations_response_included_item_option2_attributes,
        status_page_relationships,
    )

_REFERENCES = {
    "create_status_page_request_data_type": "create_status_page_request_data_type",
    "degradations_response_included_item_option2_attributes": "degradations_response_included_item_option2_attributes",
    "status_page_relationships": "status_page_relationships",
}


class DegradationsResponseIncludedItemOption2(OpenApiModel):
    attributes: (
        degradations_response_included_item_option2_attributes.DegradationsResponseIncludedItemOption2Attributes | None
    ) = None
    id: Annotated[UUID | None, Field(description="The ID of the status page.")] = None
    relationships: status_page_relationships.StatusPageRelationships | None = None
    type: create_status_page_request_data_type.CreateStatusPageRequestDataType
