from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class ListRoleTemplatesResponseDataItemAttributes(OpenApiModel):
    description: Annotated[str | None, Field(description="The `attributes` `description`.")] = None
    name: Annotated[str | None, Field(description="The `attributes` `name`.")] = None
