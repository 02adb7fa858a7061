from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import roles_response_data_item_attributes, roles_response_data_item_relationships, roles_type

_REFERENCES = {
    "roles_response_data_item_attributes": "roles_response_data_item_attributes",
    "roles_response_data_item_relationships": "roles_response_data_item_relationships",
    "roles_type": "roles_type",
}


class RolesResponseDataItem(OpenApiModel):
    attributes: roles_response_data_item_attributes.RolesResponseDataItemAttributes | None = None
    id: Annotated[str | None, Field(description="The unique identifier of the role.")] = None
    relationships: roles_response_data_item_relationships.RolesResponseDataItemRelationships | None = None
    type: roles_type.RolesType
