from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class SubmitServiceCheckResponse(OpenApiModel):
    status: Annotated[str | None, Field(description="The status of the intake payload.")] = None
