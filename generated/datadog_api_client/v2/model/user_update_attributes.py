from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class UserUpdateAttributes(OpenApiModel):
    disabled: Annotated[bool | None, Field(description="If the user is enabled or disabled.")] = None
    email: Annotated[str | None, Field(description="The email of the user.")] = None
    name: Annotated[str | None, Field(description="The name of the user.")] = None
