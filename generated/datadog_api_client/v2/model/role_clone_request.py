from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import role_clone

_REFERENCES = {"role_clone": "role_clone"}


class RoleCloneRequest(OpenApiModel):
    data: role_clone.RoleClone
