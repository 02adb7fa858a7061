from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user_create_data

_REFERENCES = {"user_create_data": "user_create_data"}


class UserCreateRequest(OpenApiModel):
    data: user_create_data.UserCreateData
