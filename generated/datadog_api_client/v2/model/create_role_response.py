from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import create_role_response_data

_REFERENCES = {"create_role_response_data": "create_role_response_data"}


class CreateRoleResponse(OpenApiModel):
    data: create_role_response_data.CreateRoleResponseData | None = None
