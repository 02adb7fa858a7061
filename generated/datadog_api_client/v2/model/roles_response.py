from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import role, roles_response_meta

_REFERENCES = {"role": "role", "roles_response_meta": "roles_response_meta"}


class RolesResponse(OpenApiModel):
    data: Annotated[list[role.Role] | None, Field(description="Array of returned roles.")] = None
    meta: roles_response_meta.RolesResponseMeta | None = None
