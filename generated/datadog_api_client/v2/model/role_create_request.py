from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import role_create_data

_REFERENCES = {"role_create_data": "role_create_data"}


class RoleCreateRequest(OpenApiModel):
    data: role_create_data.RoleCreateData
