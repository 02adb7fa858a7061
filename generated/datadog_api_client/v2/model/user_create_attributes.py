from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class UserCreateAttributes(OpenApiModel):
    email: Annotated[str, Field(description="The email of the user.")]
    name: Annotated[str | None, Field(description="The name of the user.")] = None
    title: Annotated[str | None, Field(description="The title of the user.")] = None
