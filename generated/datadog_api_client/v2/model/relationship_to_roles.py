from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import relationship_to_role_data

_REFERENCES = {"relationship_to_role_data": "relationship_to_role_data"}


class RelationshipToRoles(OpenApiModel):
    data: Annotated[
        list[relationship_to_role_data.RelationshipToRoleData] | None,
        Field(description="An array containing type and the unique identifier of a role."),
    ] = None
