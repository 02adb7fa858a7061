from __future__ import annotations
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_status_page_request_data_type, status_page_attributes, status_page_relationships

_REFERENCES = {
    "create_status_page_request_data_type": "create_status_page_request_data_type",
    "status_page_attributes": "status_page_attributes",
    "status_page_relationships": "status_page_relationships",
}


class StatusPage(OpenApiModel):
    attributes: status_page_attributes.StatusPageAttributes | None = None
    id: Annotated[UUID | None, Field(description="The ID of the status page.")] = None
    relationships: status_page_relationships.StatusPageRelationships | None = None
    type: create_status_page_request_data_type.CreateStatusPageRequestDataType
