from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class UpdateOpenAPIRequest(OpenApiModel):
    openapi_spec_file: Annotated[bytes | None, Field(description="Binary `OpenAPI` spec file")] = None
