from __future__ import annotations
from typing import Annotated
from pydantic import Field
from datadog_api_client.model_utils import OpenApiModel


class UpdateOpenAPIResponseDataAttributesFailedEndpointsItem(OpenApiModel):
    method: Annotated[str | None, Field(description="The endpoint method.")] = None
    path: Annotated[str | None, Field(description="The endpoint path.")] = None
