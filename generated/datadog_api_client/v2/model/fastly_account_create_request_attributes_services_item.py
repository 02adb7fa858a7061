from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class FastlyAccountCreateRequestAttributesServicesItem(OpenApiModel):
    id: Annotated[str, Field(description="The ID of the Fastly service")]
    tags: Annotated[list[str] | None, Field(description="A list of tags for the Fastly service.")] = None
