from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import user_create_data


class UserCreateRequest(OpenApiModel):
    data: user_create_data.UserCreateData
