from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import permission

_REFERENCES = {"permission": "permission"}


class PermissionsResponse(OpenApiModel):
    data: Annotated[list[permission.Permission] | None, Field(description="Array of permissions.")] = None
