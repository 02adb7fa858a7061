from __future__ import annotations
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_degradation_request_data_type, degradation_attributes, degradation_relationships

_REFERENCES = {
    "create_degradation_request_data_type": "create_degradation_request_data_type",
    "degradation_attributes": "degradation_attributes",
    "degradation_relationships": "degradation_relationships",
}


class Degradation(OpenApiModel):
    attributes: degradation_attributes.DegradationAttributes | None = None
    id: Annotated[UUID | None, Field(description="The ID of the degradation.")] = None
    relationships: degradation_relationships.DegradationRelationships | None = None
    type: create_degradation_request_data_type.CreateDegradationRequestDataType
