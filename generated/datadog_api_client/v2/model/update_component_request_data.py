from __future__ import annotations
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_component_request_data_relationships_group_data_type, update_component_request_data_attributes

_REFERENCES = {
    "create_component_request_data_relationships_group_data_type": "create_component_request_data_relationships_group_data_type",
    "update_component_request_data_attributes": "update_component_request_data_attributes",
}


class UpdateComponentRequestData(OpenApiModel):
    attributes: update_component_request_data_attributes.UpdateComponentRequestDataAttributes
    id: Annotated[UUID, Field(description="The ID of the component.")]
    type: (
        create_component_request_data_relationships_group_data_type.CreateComponentRequestDataRelationshipsGroupDataType
    )
