from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_role_templates_response_data_item_attributes, roles_type

_REFERENCES = {
    "list_role_templates_response_data_item_attributes": "list_role_templates_response_data_item_attributes",
    "roles_type": "roles_type",
}


class ListRoleTemplatesResponseDataItem(OpenApiModel):
    attributes: list_role_templates_response_data_item_attributes.ListRoleTemplatesResponseDataItemAttributes | None = (
        None
    )
    id: Annotated[str | None, Field(description="The `RoleTemplateData` `id`.")] = None
    type: roles_type.RolesType
