from __future__ import annotations
from typing import Annotated, Any
from pydantic import Field
from datetime import datetime
from datadog_api_client.model_utils import OpenApiModel


class OrgConfigAttributes(OpenApiModel):
    description: Annotated[str, Field(description="The description of an Org Config.")]
    modified_at: Annotated[
        datetime | None, Field(description="The timestamp of the last Org Config update (if any).")
    ] = None
    name: Annotated[str, Field(description="The machine-friendly name of an Org Config.")]
    value: Annotated[Any, Field(description="The value of an Org Config.")]
    value_type: Annotated[str, Field(description="The type of an Org Config value.")]
