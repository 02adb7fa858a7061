from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class LayerAttributesInterval(OpenApiModel):
    days: Annotated[int | None, Field(description="The number of days in each rotation cycle.")] = None
    seconds: Annotated[
        int | None, Field(description="Any additional seconds for the rotation cycle (up to 30 days).")
    ] = None
