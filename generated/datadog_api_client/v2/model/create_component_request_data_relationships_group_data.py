from __future__ import annotations
from uuid import UUID
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_component_request_data_relationships_group_data_type

_REFERENCES = {
    "create_component_request_data_relationships_group_data_type": "create_component_request_data_relationships_group_data_type"
}


class CreateComponentRequestDataRelationshipsGroupData(OpenApiModel):
    id: Annotated[UUID, Field(description="The ID of the group.")]
    type: (
        create_component_request_data_relationships_group_data_type.CreateComponentRequestDataRelationshipsGroupDataType
    )
