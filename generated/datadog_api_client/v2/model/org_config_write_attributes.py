from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class OrgConfigWriteAttributes(OpenApiModel):
    value: Annotated[Any, Field(description="The value of an Org Config.")]
