from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import permission_attributes, permissions_type

_REFERENCES = {"permission_attributes": "permission_attributes", "permissions_type": "permissions_type"}


class Permission(OpenApiModel):
    attributes: permission_attributes.PermissionAttributes | None = None
    id: Annotated[str | None, Field(description="ID of the permission.")] = None
    type: permissions_type.PermissionsType
