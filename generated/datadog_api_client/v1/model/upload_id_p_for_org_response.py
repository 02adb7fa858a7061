from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class UploadIdPForOrgResponse(OpenApiModel):
    message: Annotated[str, Field(description="Identity provider response.")]
