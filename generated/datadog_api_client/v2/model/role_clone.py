from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import role_clone_attributes, roles_type


class RoleClone(OpenApiModel):
    attributes: role_clone_attributes.RoleCloneAttributes
    type: roles_type.RolesType
