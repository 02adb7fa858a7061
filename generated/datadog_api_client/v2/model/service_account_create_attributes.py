from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ServiceAccountCreateAttributes(OpenApiModel):
    email: Annotated[str, Field(description="The email of the user.")]
    name: Annotated[str | None, Field(description="The name of the user.")] = None
    service_account: Annotated[bool, Field(description="Whether the user is a service account. Must be true.")]
    title: Annotated[str | None, Field(description="The title of the user.")] = None
