from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import get_role_response_data


class GetRoleResponse(OpenApiModel):
    data: get_role_response_data.GetRoleResponseData | None = None
