from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import role_clone_attributes, roles_type

_REFERENCES = {"role_clone_attributes": "role_clone_attributes", "roles_type": "roles_type"}


class RoleClone(OpenApiModel):
    attributes: role_clone_attributes.RoleCloneAttributes
    type: roles_type.RolesType
