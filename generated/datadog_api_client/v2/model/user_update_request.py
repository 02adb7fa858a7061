from __future__ import annotations
from datadog_api_client.model_utils import unknown_enum_member
from datadog_api_client.model_utils import OpenApiModel
from . import user_update_data


class UserUpdateRequest(OpenApiModel):
    data: user_update_data.UserUpdateData
