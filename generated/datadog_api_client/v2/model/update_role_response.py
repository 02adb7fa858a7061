from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import update_role_response_data

_REFERENCES = {"update_role_response_data": "update_role_response_data"}


class UpdateRoleResponse(OpenApiModel):
    data: update_role_response_data.UpdateRoleResponseData | None = None
