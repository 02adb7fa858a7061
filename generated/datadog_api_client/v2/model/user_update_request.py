from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user_update_data

_REFERENCES = {"user_update_data": "user_update_data"}


class UserUpdateRequest(OpenApiModel):
    data: user_update_data.UserUpdateData
