from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import list_role_templates_response_data_item

_REFERENCES = {"list_role_templates_response_data_item": "list_role_templates_response_data_item"}


class ListRoleTemplatesResponse(OpenApiModel):
    data: Annotated[
        list[list_role_templates_response_data_item.ListRoleTemplatesResponseDataItem],
        Field(description="The `RoleTemplateArray` `data`."),
    ]
