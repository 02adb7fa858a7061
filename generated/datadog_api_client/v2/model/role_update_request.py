from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import role_update_data

_REFERENCES = {"role_update_data": "role_update_data"}


class RoleUpdateRequest(OpenApiModel):
    data: role_update_data.RoleUpdateData
