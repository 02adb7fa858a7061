from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import roles_type

_REFERENCES = {"roles_type": "roles_type"}


class RelationshipToRoleData(OpenApiModel):
    id: Annotated[str | None, Field(description="The unique identifier of the role.")] = None
    type: roles_type.RolesType | None = None
