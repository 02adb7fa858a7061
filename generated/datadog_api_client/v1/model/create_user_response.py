from __future__ import annotations
from datadog_api_client.model_utils import OpenApiModel
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import user as user_1

_REFERENCES = {"user_1": "user"}


class CreateUserResponse(OpenApiModel):
    user: user_1.User | None = None
